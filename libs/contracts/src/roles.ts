/**
 * The one place that decides who may do what. Routes declare the permission they need with
 * `@RequirePermission(...)`; record-level rules (a focal point acts for its own State only) live in the services.
 * A change here is a permission change: the route × role e2e table must change with it.
 */
export const ROLES = ['admin', 'secretariat', 'focal_point'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Read and change one's own account (me, change password). */
  'account:self',
  /** Create, change, deactivate users and reset their passwords. */
  'users:manage',
  /** Read the audit trail. */
  'audit:read',
  /** Read the consolidated record (States, sessions, recommendations, themes). */
  'catalogue:read',
  /** Import reports, edit recommendations, themes and links. */
  'catalogue:write',
  /** See reporting cycles and their scope. */
  'cycles:read',
  /** Create, open and close reporting cycles. */
  'cycles:manage',
  /** Read implementation reports (own State for focal points; submitted ones for the secretariat). */
  'reports:read',
  /** Write one's own State's reports: save drafts, submit, withdraw. */
  'reports:write',
  /** Review submitted reports: the queue, start review, accept, return. */
  'reports:review',
  /** Comment on a report (own State, or as secretariat). */
  'reports:comment',
  /** Compliance summaries: the overall figures, and State profiles (own State only for focal points). */
  'summaries:read',
  /** Summaries that name every State: per recommendation, non-reporting States. */
  'summaries:states',
  /** The job queue: list the jobs (mails) that failed after their last retry, and retry them. */
  'jobs:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Admins manage accounts and read the trail; least privilege keeps them out of States' reports.
  admin: ['account:self', 'users:manage', 'audit:read', 'catalogue:read', 'jobs:manage'],
  secretariat: ['account:self', 'audit:read', 'catalogue:read', 'catalogue:write', 'cycles:read', 'cycles:manage', 'reports:read', 'reports:review', 'reports:comment', 'summaries:read', 'summaries:states'],
  focal_point: ['account:self', 'catalogue:read', 'cycles:read', 'reports:read', 'reports:write', 'reports:comment', 'summaries:read'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

/** The six official UN languages, the interface languages a user may choose. */
export const UI_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each interface language's name in itself (what a language picker shows) and in English. */
export const UI_LANGUAGE_NAMES: Readonly<Record<UiLanguage, { own: string; en: string }>> = {
  ar: { own: 'العربية', en: 'Arabic' },
  zh: { own: '中文', en: 'Chinese' },
  en: { own: 'English', en: 'English' },
  fr: { own: 'Français', en: 'French' },
  ru: { own: 'Русский', en: 'Russian' },
  es: { own: 'Español', en: 'Spanish' },
};
