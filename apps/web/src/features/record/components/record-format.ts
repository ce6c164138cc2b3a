import type { formatters } from '@/lib/format';

/** "10 October 2011 – 12 October 2011", one date, or a dash. */
export function dateRange(format: ReturnType<typeof formatters>, start: string | null, end: string | null): string {
  // Calendar dates at noon: the same day in every time zone.
  const day = (d: string | null) => format.date(d ? `${d}T12:00:00` : null);
  if (!start && !end) return '—';
  if (!end || start === end) return day(start ?? end);
  if (!start) return day(end);
  return `${day(start)} – ${day(end)}`;
}

/** Text direction of a UN language's text. */
export const dirOf = (lang: string | null | undefined) => (lang === 'ar' ? 'rtl' : 'ltr');

/** The first words of a text, for tables. */
export const excerpt = (text: string | undefined, max = 220) => (!text ? '' : text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`);
