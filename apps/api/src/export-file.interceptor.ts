import { Injectable, StreamableFile, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { contentDisposition, isRenderedExport } from '#exports';

/** Sends a rendered file (CSV, XLSX, PDF, …) returned by a service as an attachment; JSON answers pass through. */
@Injectable()
export class ExportFileInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: unknown) => {
        if (!isRenderedExport(result)) return result;
        const res = context.switchToHttp().getResponse<Response>();
        res.setHeader('Content-Disposition', contentDisposition(result.fileName));
        res.setHeader('Cache-Control', 'no-store');
        return new StreamableFile(result.body, { type: result.contentType, length: result.body.length });
      }),
    );
  }
}
