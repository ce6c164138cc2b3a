import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';

/** A calendar day (`YYYY-MM-DD`) in the interface language; read at noon UTC so no time zone shifts it. */
export function useDay() {
  const format = useFormat();
  return (day: string | null | undefined) => (day ? format.date(`${day}T12:00:00Z`) : '—');
}

/** Today as the API counts it (UTC), `YYYY-MM-DD`. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

const STATUS_COLOR: Record<string, string> = { planned: 'gray', open: 'green', closed: 'dark' };

export function CycleStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('cycles');
  return (
    <Badge color={STATUS_COLOR[status] ?? 'gray'} variant="dot">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A confirmation before an action that changes a cycle: what will happen, the action's own button, cancel. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
  loading,
  color,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  loading?: boolean;
  color?: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common:action.close') }}>
      <Stack>
        {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
