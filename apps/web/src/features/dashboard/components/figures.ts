import { useTranslation } from 'react-i18next';
import { IMPLEMENTATION_STATUSES } from '@contracts';

/** The six answers a State can give (the distribution's seventh bucket, "no information", is shown apart). */
export const ANSWERED_STATUSES = IMPLEMENTATION_STATUSES;

export const STATUS_COLORS: Record<(typeof ANSWERED_STATUSES)[number], string> = {
  not_started: 'red.7',
  planned: 'orange.7',
  in_progress: 'yellow.6',
  partially_implemented: 'cyan.7',
  fully_implemented: 'green.8',
  not_applicable: 'gray.6',
};

/** "2 December 2026, 10:42 UTC": the figures' moment in the interface language, in UTC (as the API states it). */
export function useUtcDateTime() {
  const { i18n } = useTranslation();
  const formatter = new Intl.DateTimeFormat(i18n.language || 'en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return (iso: string) => `${formatter.format(new Date(iso))} UTC`;
}

/** A 0..1 ratio as a percentage in the interface language. */
export function usePercent() {
  const { i18n } = useTranslation();
  const formatter = new Intl.NumberFormat(i18n.language || 'en', { style: 'percent', maximumFractionDigits: 1 });
  return (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : formatter.format(Number(value)));
}
