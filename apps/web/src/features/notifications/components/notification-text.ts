import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { AppNotification } from '../api/use-notifications';

/** Where a notification leads: the report, the cycle's questionnaire, or the account page. */
export type NotificationTarget =
  | { to: '/workspace/cycles/$cycleId/recommendations/$recommendationId'; params: { cycleId: string; recommendationId: string } }
  | { to: '/workspace/cycles/$cycleId'; params: { cycleId: string } }
  | { to: '/account'; params?: undefined };

const KNOWN = ['cycle.opened', 'cycle.deadline', 'report.accepted', 'report.returned', 'account.password_changed', 'account.mfa_changed', 'account.sign_in_failures', 'account.sessions_revoked'];
const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/**
 * A notification in the reader's language: the server's title and body are the e-mail's English, so a known kind is
 * worded here from its data (an unknown kind, or one missing its data, falls back to the server's words).
 */
export function useNotificationText() {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  return (n: AppNotification): { title: string; body: string | null; target: NotificationTarget | null } => {
    const data = n.data ?? {};
    const cycleId = str(data.cycleId);
    const recommendationId = str(data.recommendationId);
    const reference = str(data.reference);
    if (!KNOWN.includes(n.kind)) return { title: n.title, body: n.body, target: null };
    if (n.kind.startsWith('account.')) return { title: t(`kind.${n.kind}.title`), body: t(`kind.${n.kind}.body`), target: { to: '/account' } };
    if (n.kind.startsWith('cycle.')) {
      const closesOn = str(data.closesOn);
      return {
        title: t(`kind.${n.kind}.title`),
        body: closesOn ? t(`kind.${n.kind}.body`, { date: format.date(`${closesOn}T12:00:00Z`) }) : n.body,
        target: cycleId ? { to: '/workspace/cycles/$cycleId', params: { cycleId } } : null,
      };
    }
    // report.accepted / report.returned
    return {
      title: reference ? t(`kind.${n.kind}.title`, { reference }) : n.title,
      body: n.kind === 'report.returned' ? (str(data.comment) ?? n.body) : reference ? null : n.body,
      target: cycleId && recommendationId ? { to: '/workspace/cycles/$cycleId/recommendations/$recommendationId', params: { cycleId, recommendationId } } : null,
    };
  };
}
