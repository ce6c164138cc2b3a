import { assertIfMatch, etagFor, ifNoneMatchHits } from './etag.js';

describe('If-Match', () => {
  it('requires the header (428) and the current ETag (412)', () => {
    expect(() => assertIfMatch(undefined, 3)).toThrow(expect.objectContaining({ code: 'PRECONDITION_REQUIRED' }));
    expect(() => assertIfMatch('"v2"', 3)).toThrow(expect.objectContaining({ code: 'PRECONDITION_FAILED' }));
    expect(() => assertIfMatch('W/"v3"', 3)).toThrow(expect.objectContaining({ code: 'PRECONDITION_FAILED' }));
  });
  it('accepts the current ETag, one of a list, or *', () => {
    expect(() => assertIfMatch(etagFor(3), 3)).not.toThrow();
    expect(() => assertIfMatch('"v1", "v3"', 3)).not.toThrow();
    expect(() => assertIfMatch('*', 3)).not.toThrow();
  });
});

describe('ifNoneMatchHits (conditional GET, weak comparison)', () => {
  const tag = 'W/"q0123456789abcdef0123"';
  it('matches the same validator, weak or strong, alone or in a list, and *', () => {
    expect(ifNoneMatchHits(tag, tag)).toBe(true);
    expect(ifNoneMatchHits('"q0123456789abcdef0123"', tag)).toBe(true);
    expect(ifNoneMatchHits(`"other", ${tag}`, tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
  });
  it('misses without a header or with another validator', () => {
    expect(ifNoneMatchHits(undefined, tag)).toBe(false);
    expect(ifNoneMatchHits('', tag)).toBe(false);
    expect(ifNoneMatchHits('W/"q0123456789abcdef0124"', tag)).toBe(false);
  });
});
