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
