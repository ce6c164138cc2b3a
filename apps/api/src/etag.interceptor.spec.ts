import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { lastValueFrom, of } from 'rxjs';
import { VersionedResource } from '#common';
import { EtagInterceptor } from './etag.interceptor.js';

class Routes {
  @VersionedResource() plain() {}
  @VersionedResource((body) => (body as { report: { version: number | null } }).report.version) upload() {}
  unmarked() {}
}

/** Runs the interceptor on a handler of Routes answering `body`; returns the ETag it set, if any. */
async function etagOf(handler: keyof Routes, body: unknown): Promise<string | undefined> {
  const headers: Record<string, string> = {};
  const context = {
    getType: () => 'http',
    getHandler: () => Routes.prototype[handler],
    switchToHttp: () => ({ getResponse: () => ({ setHeader: (name: string, value: string) => (headers[name] = value) }) }),
  } as unknown as ExecutionContext;
  const next: CallHandler = { handle: () => of(body) };
  const out = await lastValueFrom(await new EtagInterceptor(new Reflector()).intercept(context, next));
  expect(out).toBe(body);
  return headers.ETag;
}

describe('EtagInterceptor', () => {
  it('sends the version of a marked route’s answer in the If-Match format', async () => {
    expect(await etagOf('plain', { version: 7 })).toBe('"v7"');
    expect(await etagOf('upload', { id: 'f', report: { version: 3 } })).toBe('"v3"');
  });

  it('sends none for a resource without a version (a report not saved yet) or an unmarked route', async () => {
    expect(await etagOf('plain', { version: null })).toBeUndefined();
    expect(await etagOf('upload', { report: { version: null } })).toBeUndefined();
    expect(await etagOf('unmarked', { version: 7 })).toBeUndefined();
  });
});
