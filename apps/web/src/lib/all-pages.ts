/** The largest page the API gives (MAX_PAGE_LIMIT in libs/contracts). */
export const MAX_PAGE_LIMIT = 100;

export interface ListPage<T> {
  items: T[];
  total: number;
}

/**
 * Every item of a paged list (a picker's States, the cycles, a whole questionnaire): the first page, which tells the
 * total, then the other pages at once.
 */
export async function allPages<T>(fetchPage: (page: number, limit: number) => Promise<ListPage<T>>): Promise<T[]> {
  const first = await fetchPage(1, MAX_PAGE_LIMIT);
  const pages = Math.ceil(first.total / MAX_PAGE_LIMIT);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => fetchPage(i + 2, MAX_PAGE_LIMIT)));
  return [first, ...rest].flatMap((page) => page.items);
}
