import type { UsersSearch, AuditSearch } from '@/app/router';

export const adminKeys = {
  users: (search: UsersSearch) => ['admin', 'users', search] as const,
  allUsers: ['admin', 'users'] as const,
  user: (id: string) => ['admin', 'users', 'one', id] as const,
  audit: (search: AuditSearch) => ['admin', 'audit', search] as const,
  states: ['catalogue', 'states', 'all'] as const,
};
