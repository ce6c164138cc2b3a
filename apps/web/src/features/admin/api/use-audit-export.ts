import { useMutation } from '@tanstack/react-query';
import type { AuditSearch } from '@/app/router';
import { apiFetch } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';
import { auditQuery } from './use-audit';

/** GET /api/audit/export.csv with the page's filters, saved as a file. */
export function useAuditExport() {
  return useMutation({
    mutationFn: async (search: AuditSearch) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(auditQuery(search))) if (value) query.set(key, value);
      const response = await apiFetch(`/api/audit/export.csv?${query}`, { headers: { Accept: 'text/csv' } });
      await saveDownload(response, 'audit-trail.csv');
    },
  });
}
