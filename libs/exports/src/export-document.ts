/** A printable document: what every summary and the compilation are turned into before CSV, XLSX or PDF. */
import { labels, type DocLanguage, type Labels } from './labels.js';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ExportColumn {
  key: string;
  header: string;
  /**
   * `percent` values are fractions 0..1; `date` values are ISO dates (`2026-05-01`) and `datetime` ISO instants, both
   * printed with their year in the document's language and stored as dates in XLSX; `boolean` prints yes/no in the
   * language.
   */
  kind?: 'text' | 'number' | 'percent' | 'date' | 'datetime' | 'boolean';
  /** Width in characters (XLSX); the PDF sizes its columns from their content. */
  width?: number;
}

export type ExportValue = string | number | boolean | null | undefined;

export interface ExportTable {
  name: string;
  columns: ExportColumn[];
  rows: Record<string, ExportValue>[];
  /** A line printed under the table (e.g. what "Other / not assigned" means). */
  note?: string;
}

export interface ExportChart {
  title: string;
  /** `share`, when given, is printed beside the count; `percent` charts show fractions 0..1. */
  bars: { label: string; value: number; share?: number; detail?: string }[];
  format?: 'count' | 'percent';
  /** A line printed under the chart (e.g. the share of "No information", kept out of the bars). */
  note?: string;
}

/** A label/value line of the title block and of the CSV's headline block. */
export interface ExportMeta {
  label: string;
  value: string;
}

export interface ExportDocument {
  title: string;
  /** The page header of every page after the first; the title when absent. */
  shortTitle?: string;
  /** Base name without extension, e.g. `overview-2026-cycle`. */
  fileName: string;
  /** The document's language (frame, dates, numbers, direction); English when absent. */
  lang?: DocLanguage;
  meta: ExportMeta[];
  tables: ExportTable[];
  /** Bar charts, drawn in the PDF. */
  charts?: ExportChart[];
}

export interface RenderedExport {
  body: Buffer;
  contentType: string;
  /** With its extension. */
  fileName: string;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266 / 8187). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A cell as text, the same in every format, in the document's language. */
export function cellText(value: ExportValue, kind: ExportColumn['kind'] = 'text', l: Labels = labels('en')): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return l.yesNo(value);
  if (kind === 'percent' && typeof value === 'number') return l.percent(value);
  if (kind === 'number' && typeof value === 'number') return String(value);
  if (kind === 'date' && typeof value === 'string') return l.date(value);
  if (kind === 'datetime' && typeof value === 'string') return l.dateTime(value);
  return String(value);
}
