import { STATE_CODE_PATTERN } from '@contracts';

/** Validators of search parameters shared by the routes: a value that is not of the expected shape is dropped. */
export const text = (value: unknown) => (typeof value === 'string' && value.length <= 200 ? value : undefined);
export const positive = (value: unknown) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
};
/** Only a path of this app may be a "next" target (no open redirect to another site). */
export const safeNext = (value: unknown) => (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined);

export const isoDate = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
/** An ISO instant (`2026-05-01T12:00:00Z`) or a calendar date. */
export const isoInstant = (value: unknown) => (typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)) ? value : undefined);
export const uuid = (value: unknown) => (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value : undefined);
export const stateCode = (value: unknown) => (typeof value === 'string' && STATE_CODE_PATTERN.test(value) ? value : undefined);
/** `true` from `?flag=true` (or a boolean the router already parsed), else undefined. */
export const flag = (value: unknown) => (value === true || value === 'true' ? true : undefined);
export const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined => values.find((v) => v === value);
