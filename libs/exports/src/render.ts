import { renderCsv } from './csv.js';
import { CONTENT_TYPES, type ExportDocument, type ExportFormat, type RenderedExport } from './export-document.js';
import { renderPdf } from './pdf.js';
import { renderXlsx } from './xlsx.js';

/** One document, any format, with the file name and content type to send it with. */
export async function renderExport(doc: ExportDocument, format: ExportFormat): Promise<RenderedExport> {
  const body = format === 'csv' ? renderCsv(doc) : format === 'xlsx' ? await renderXlsx(doc) : await renderPdf(doc);
  return { body, contentType: CONTENT_TYPES[format], fileName: `${doc.fileName}.${format}` };
}

/** Distinguishes a rendered file from a JSON answer. */
export function isRenderedExport(value: unknown): value is RenderedExport {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as RenderedExport).body) && typeof (value as RenderedExport).fileName === 'string';
}
