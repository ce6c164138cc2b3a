import { notifications } from '@mantine/notifications';
import { i18n } from './i18n';

/** A short confirmation or warning at the top of the page, announced to screen readers, closable by name. */
export function notify(color: 'green' | 'yellow' | 'red', message: string): void {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': i18n.t('common:action.close') }, autoClose: color === 'green' ? 5000 : 10000 });
}
