import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditSearch } from '@/app/router';
import { api, unwrap } from '@/lib/api-client';
import { adminKeys } from './keys';

export const AUDIT_PAGE_SIZE = 50;

/** The day's bounds in the user's time zone, as instants (the API filters on timestamptz). */
export const dayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();
export const dayEnd = (day: string) => new Date(`${day}T23:59:59.999`).toISOString();

export function auditQuery(search: AuditSearch) {
  return {
    actorEmail: search.actorEmail || undefined,
    action: search.action || undefined,
    entity: search.entity || undefined,
    from: search.from ? dayStart(search.from) : undefined,
    to: search.to ? dayEnd(search.to) : undefined,
  };
}

/** GET /api/audit: the audit trail, newest first, filtered. */
export function useAudit(search: AuditSearch) {
  return useQuery({
    queryKey: adminKeys.audit(search),
    queryFn: () => unwrap(api.GET('/api/audit', { params: { query: { page: search.page ?? 1, limit: AUDIT_PAGE_SIZE, ...auditQuery(search) } } })),
    placeholderData: keepPreviousData,
  });
}
