import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { etagFor, VERSIONED_RESOURCE_KEY, type VersionOf } from '#common';

/**
 * The one place that sends ETags: for a route marked @VersionedResource(), the version of the resource it answers
 * with, in the format If-Match is checked against (etagFor). Handlers never set the header themselves. Errors never
 * reach here (they go to the problem-details filter), so a 412 carries no ETag.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const versionOf = this.reflector.get<VersionOf | undefined>(VERSIONED_RESOURCE_KEY, context.getHandler());
    if (!versionOf || context.getType() !== 'http') return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        const version = versionOf(body);
        if (typeof version === 'number' && Number.isInteger(version)) {
          context.switchToHttp().getResponse<Response>().setHeader('ETag', etagFor(version));
        }
        return body;
      }),
    );
  }
}
