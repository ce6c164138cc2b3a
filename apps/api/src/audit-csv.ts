import type { AuditEventView } from '#audit';
import { CSV_BOM, csvLine, type ExportValue } from '#exports';

/** The audit export's columns, in order: header and how a row gives the cell. */
const COLUMNS: readonly [string, (e: AuditEventView) => ExportValue][] = [
  ['occurredAt', (e) => e.occurredAt.toISOString()],
  ['actorEmail', (e) => e.actorEmail],
  ['actorName', (e) => e.actorName],
  ['actorRole', (e) => e.actorRole],
  ['actorId', (e) => e.actorId],
  ['action', (e) => e.action],
  ['entity', (e) => e.entity],
  ['entityId', (e) => e.entityId],
  ['changes', (e) => (e.changes ? JSON.stringify(e.changes) : null)],
  ['metadata', (e) => (e.metadata ? JSON.stringify(e.metadata) : null)],
  ['ip', (e) => e.ip],
  ['requestId', (e) => e.requestId],
  ['clientRequestId', (e) => e.clientRequestId],
  ['id', (e) => e.id],
];

export const AUDIT_CSV_HEADERS = COLUMNS.map(([header]) => header);

/** The audit trail as CSV text, a batch at a time: BOM and header row first, then one line per event. */
export async function* auditCsv(batches: AsyncIterable<AuditEventView[]>): AsyncGenerator<Buffer> {
  yield Buffer.from(CSV_BOM + csvLine(AUDIT_CSV_HEADERS), 'utf8');
  for await (const batch of batches) yield Buffer.from(batch.map((e) => csvLine(COLUMNS.map(([, cell]) => cell(e)))).join(''), 'utf8');
}
