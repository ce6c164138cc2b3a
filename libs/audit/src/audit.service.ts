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

export interface AuditQuery {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  page: number;
  limit: number;
}

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

  async list(query: AuditQuery): Promise<Page<AuditEvent>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.actor) qb.andWhere('e.actor_id = :actor', { actor: query.actor });
    if (query.action) qb.andWhere('e.action LIKE :action', { action: `${query.action.replace(/[%_\\]/g, '\\$&')}%` });
    if (query.entity) qb.andWhere('e.entity = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.from) qb.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurred_at < :to', { to: query.to });
    qb.orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC').offset(pageOffset(query)).limit(query.limit);
    const [items, total] = await qb.getManyAndCount();
    return pageOf(items, total, query);
  }
}
