import { describe, expect, it } from 'vitest';
import { allPages, MAX_PAGE_LIMIT } from './all-pages';

/** A paged list of `total` numbers as the API pages it. */
const list = (total: number) => {
  const asked: number[] = [];
  const fetchPage = async (page: number, limit: number) => {
    asked.push(page);
    const start = (page - 1) * limit;
    return { items: Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => start + i), total };
  };
  return { asked, fetchPage };
};

describe('allPages', () => {
  it('reads one page when everything fits in it', async () => {
    const { asked, fetchPage } = list(37);
    expect(await allPages(fetchPage)).toHaveLength(37);
    expect(asked).toEqual([1]);
  });

  it('reads every page, in order, once', async () => {
    const { asked, fetchPage } = list(MAX_PAGE_LIMIT * 2 + 5);
    const items = await allPages(fetchPage);
    expect(items).toEqual(Array.from({ length: MAX_PAGE_LIMIT * 2 + 5 }, (_, i) => i));
    expect([...asked].sort()).toEqual([1, 2, 3]);
  });

  it('answers an empty list with one request', async () => {
    const { asked, fetchPage } = list(0);
    expect(await allPages(fetchPage)).toEqual([]);
    expect(asked).toEqual([1]);
  });
});
