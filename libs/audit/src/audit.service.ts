import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { pageOf, pageOffset, requestContext, type Page } from '#common';
import { AuditEvent, type FieldChange } from './audit-event.entity.js';

export interface AuditActor {
  id: string;
  role: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  action: string;
  entity?: string;
  entityId?: string;
  changes?: Record<string, FieldChange>;
  metadata?: Record<string, unknown>;
}

/**
 * Entities whose audit rows say which fields changed, never their values: a report's content belongs to its State
 * until submitted, and the audit trail is read by the secretariat and admins. `changes` given for them is reduced to
 * `metadata.changedFields` here, whatever the caller passed.
 */
export const VALUE_FREE_AUDIT_ENTITIES: ReadonlySet<string> = new Set(['report']);

/** What is stored for an entry: for value-free entities, field names only. */
export function auditPayload(entry: Pick<AuditEntry, 'entity' | 'changes' | 'metadata'>): { changes: Record<string, FieldChange> | null; metadata: Record<string, unknown> | null } {
  const changes = entry.changes && Object.keys(entry.changes).length > 0 ? entry.changes : null;
  if (!entry.entity || !VALUE_FREE_AUDIT_ENTITIES.has(entry.entity)) return { changes, metadata: entry.metadata ?? null };
  const named = Array.isArray(entry.metadata?.changedFields) ? (entry.metadata.changedFields as unknown[]).map(String) : [];
  const changedFields = [...new Set([...named, ...Object.keys(changes ?? {})])].sort();
  const metadata = { ...(entry.metadata ?? {}), ...(changedFields.length ? { changedFields } : {}) };
  return { changes: null, metadata: Object.keys(metadata).length ? metadata : null };
}

export interface AuditFilter {
  actor?: string;
  /** The actor's e-mail (exact, case-insensitive): the viewer's filter by person. */
  actorEmail?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

export interface AuditQuery extends AuditFilter {
  page: number;
  limit: number;
}

/** An audit row as a viewer reads it: the event with its actor's current e-mail and name (null if anonymous). */
export interface AuditEventView extends AuditEvent {
  actorEmail: string | null;
  actorName: string | null;
}

/** The most rows one CSV export carries; narrow the filters for more. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
const EXPORT_BATCH = 1_000;

/** The WHERE clause of a filter as SQL over `e` (audit_events) and `u` (users), with its parameters from $1. */
function auditWhere(filter: AuditFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(`$${params.length}`));
  };
  if (filter.actor) add((p) => `e.actor_id = ${p}`, filter.actor);
  if (filter.actorEmail) add((p) => `u.email = ${p}`, filter.actorEmail.trim().toLowerCase());
  if (filter.action) add((p) => `e.action LIKE ${p}`, `${filter.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (filter.entity) add((p) => `e.entity = ${p}`, filter.entity);
  if (filter.entityId) add((p) => `e.entity_id = ${p}`, filter.entityId);
  if (filter.from) add((p) => `e.occurred_at >= ${p}`, filter.from);
  if (filter.to) add((p) => `e.occurred_at < ${p}`, filter.to);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * The actor's e-mail and name come from the accounts table by a join in SQL (users are deactivated, never deleted,
 * so every actor id still resolves); the audit lib knows the table, not the auth lib.
 */
const VIEW_SELECT = `SELECT e.id, e.occurred_at AS "occurredAt", e.actor_id AS "actorId", e.actor_role AS "actorRole",
       u.email AS "actorEmail", u.name AS "actorName", e.action, e.entity, e.entity_id AS "entityId",
       e.request_id AS "requestId", e.client_request_id AS "clientRequestId", e.ip, e.changes, e.metadata
  FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id`;

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an event. Pass the transaction's EntityManager so the event commits (or rolls back) with the change
   * it describes; the request id and client address come from the request context.
   */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const ctx = requestContext.get();
    const event = manager.create(AuditEvent, {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId: entry.entityId ?? null,
      requestId: ctx?.requestId?.slice(0, 64) ?? null,
      clientRequestId: ctx?.clientRequestId?.slice(0, 64) ?? null,
      ip: ctx?.ip?.slice(0, 64) ?? null,
      ...auditPayload(entry),
    });
    // save() rather than insert(): TypeORM's insert typing rejects free-form jsonb records.
    await manager.save(AuditEvent, event, { reload: false });
  }

  async list(query: AuditQuery): Promise<Page<AuditEventView>> {
    const where = auditWhere(query);
    const n = where.params.length;
    const [items, total] = await Promise.all([
      this.dataSource.query<AuditEventView[]>(
        `${VIEW_SELECT} ${where.sql} ORDER BY e.occurred_at DESC, e.id DESC OFFSET $${n + 1} LIMIT $${n + 2}`,
        [...where.params, pageOffset(query), query.limit],
      ),
      this.count(query),
    ]);
    return pageOf(items.map(withDate), total, query);
  }

  /** How many events match a filter. */
  async count(filter: AuditFilter): Promise<number> {
    const where = auditWhere(filter);
    const join = filter.actorEmail ? 'LEFT JOIN users u ON u.id = e.actor_id' : '';
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM audit_events e ${join} ${where.sql}`, where.params);
    return total;
  }

  /**
   * Every event matching the filter, newest first, at most `max`, a batch at a time (keyset pagination, so each
   * batch is one index range and memory stays one batch): for exports.
   */
  async *stream(filter: AuditFilter, max = AUDIT_EXPORT_MAX_ROWS): AsyncGenerator<AuditEventView[]> {
    const where = auditWhere(filter);
    const n = where.params.length;
    // The cursor is the last row's id, its timestamp re-read in SQL (a JS Date would drop the microseconds).
    let after: string | null = null;
    let sent = 0;
    while (sent < max) {
      const limit = Math.min(EXPORT_BATCH, max - sent);
      const cursor: string = after ? `${where.sql ? `${where.sql} AND` : 'WHERE'} (e.occurred_at, e.id) < (SELECT c.occurred_at, c.id FROM audit_events c WHERE c.id = $${n + 2})` : where.sql;
      const rows: AuditEventView[] = await this.dataSource.query(
        `${VIEW_SELECT} ${cursor} ORDER BY e.occurred_at DESC, e.id DESC LIMIT $${n + 1}`,
        after ? [...where.params, limit, after] : [...where.params, limit],
      );
      if (rows.length === 0) return;
      yield rows.map(withDate);
      sent += rows.length;
      if (rows.length < limit) return;
      after = rows[rows.length - 1].id;
    }
  }
}

/** node-postgres gives timestamptz as a Date already; keep it one whatever the driver's settings. */
function withDate(row: AuditEventView): AuditEventView {
  return { ...row, occurredAt: row.occurredAt instanceof Date ? row.occurredAt : new Date(row.occurredAt) };
}
