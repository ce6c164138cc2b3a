import { assertIfMatch, etagFor } from './etag.js';

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
