/** A printable document: what every summary and the compilation are turned into before CSV, XLSX or PDF. */
export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ExportColumn {
  key: string;
  header: string;
  /** `percent` values are fractions 0..1. */
  kind?: 'text' | 'number' | 'percent';
  /** Width in characters (XLSX) and the relative width of the column (PDF). */
  width?: number;
}

export type ExportValue = string | number | boolean | null | undefined;

export interface ExportTable {
  name: string;
  columns: ExportColumn[];
  rows: Record<string, ExportValue>[];
}

export interface ExportChart {
  title: string;
  bars: { label: string; value: number }[];
}

export interface ExportDocument {
  title: string;
  /** Base name without extension, e.g. `overview-2026-cycle`. */
  fileName: string;
  meta: { label: string; value: string }[];
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

/** A cell as text, the same in every format. */
export function cellText(value: ExportValue, kind: ExportColumn['kind'] = 'text'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (kind === 'percent' && typeof value === 'number') return `${(value * 100).toFixed(1)} %`;
  return String(value);
}
