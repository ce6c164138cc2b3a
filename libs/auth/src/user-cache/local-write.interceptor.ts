import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { tap, type Observable } from 'rxjs';
import { UserChangeListener } from './user-change-listener.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Read-your-writes for the user-row cache: a write request may have changed a user (deactivation, sign-out, MFA…);
 * it is noted before its answer leaves, so the next request — the same person's, typically — reads the database
 * until this process has received the notifications of everything committed so far.
 */
@Injectable()
export class LocalWriteInterceptor implements NestInterceptor {
  constructor(private readonly listener: UserChangeListener) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const method = context.switchToHttp().getRequest<{ method?: string }>().method ?? 'GET';
    if (SAFE_METHODS.has(method)) return next.handle();
    const note = () => this.listener.noteLocalWrite();
    return next.handle().pipe(tap({ next: note, error: note }));
  }
}
