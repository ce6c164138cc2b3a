import { SetMetadata } from '@nestjs/common';
import { CommonError } from './domain-error.js';

/** Strong ETag for a versioned record. */
export const etagFor = (version: number) => `"v${version}"`;

/**
 * Checks an If-Match header against the current version: absent → 428, stale → 412. `*` matches any current
 * representation. A list of ETags matches when any of them does.
 */
export function assertIfMatch(header: string | undefined, currentVersion: number): void {
  if (header === undefined || header.trim() === '') throw new CommonError('PRECONDITION_REQUIRED');
  const value = header.trim();
  if (value === '*') return;
  const current = etagFor(currentVersion);
  const candidates = value.split(',').map((v) => v.trim());
  if (!candidates.includes(current)) {
    throw new CommonError('PRECONDITION_FAILED', undefined, { currentEtag: current });
  }
}

export const VERSIONED_RESOURCE_KEY = 'wg4:versionedResource';

/** Where the version of a route's answer is: the answer's own `version` unless told otherwise. */
export type VersionOf = (body: unknown) => unknown;

/**
 * Marks a route whose answer is a versioned resource: the ETag interceptor (apps/api) sends `ETag: "v<version>"`
 * with every 2xx answer of it, taken from the answer's `version` (or what `versionOf` picks, e.g. the report an
 * evidence upload changed). A null version (a report not saved yet) sends none. Document the header with
 * `headers: ETAG_HEADER` on the route's success responses; a test walks the OpenAPI document for it.
 */
export const VersionedResource = (versionOf: VersionOf = (body) => (body as { version?: unknown } | null)?.version) =>
  SetMetadata(VERSIONED_RESOURCE_KEY, versionOf);

/** The OpenAPI description of the ETag response header. */
export const ETAG_HEADER = {
  ETag: { description: 'The resource’s version ("v<n>"); send it back in If-Match to change it', schema: { type: 'string', example: '"v3"' } },
};

/**
 * Whether an If-None-Match header names `tag` (weak comparison, RFC 9110 §13.1.2: `W/"x"` and `"x"` match), or is
 * `*` — the answer is then `304 Not Modified` for a GET.
 */
export function ifNoneMatchHits(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  const wanted = opaque(tag);
  return header.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === wanted);
}

/** The OpenAPI description of a list's weak ETag (conditional GET with If-None-Match). */
export const LIST_ETAG_HEADER = {
  ETag: {
    description: 'A weak validator of the whole list (from its rows’ versions); send it back in If-None-Match to get 304 Not Modified while nothing changed',
    schema: { type: 'string', example: 'W/"q3f2a9c1d0e4b5a6978c"' },
  },
};
