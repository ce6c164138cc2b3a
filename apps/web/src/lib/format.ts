import { useTranslation } from 'react-i18next';

/** Dates, times and numbers in the interface language (Intl), so "1 December 2026" reads right in each of the six. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language || 'en';
  return formatters(locale);
}

export function formatters(locale: string) {
  const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const number = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));
  return {
    date: (value: string | Date | null | undefined) => (value ? date.format(toDate(value)) : '—'),
    dateTime: (value: string | Date | null | undefined) => (value ? dateTime.format(toDate(value)) : '—'),
    number: (value: number) => number.format(value),
    /** "in 12 days", "3 hours ago": the largest unit that fits. */
    relative: (value: string | Date, now: Date = new Date()) => {
      const seconds = Math.round((toDate(value).getTime() - now.getTime()) / 1000);
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ['year', 31_536_000],
        ['month', 2_592_000],
        ['day', 86_400],
        ['hour', 3_600],
        ['minute', 60],
      ];
      for (const [unit, size] of units) if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
      return relative.format(seconds, 'second');
    },
  };
}
