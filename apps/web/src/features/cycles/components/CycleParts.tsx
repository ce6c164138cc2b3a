import { Badge, Button, Group, Modal, Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stateName, useStates } from '@/features/admin/api/use-states';
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

/** A searchable State picker (names in the interface language, codes searchable too). */
export function CycleStateSelect(props: Omit<SelectProps, 'data'>) {
  const { i18n, t } = useTranslation('cycles');
  const states = useStates();
  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  const data = useMemo(
    () =>
      (states.data ?? [])
        .map((state) => ({ value: state.code, label: `${stateName(state, i18n.language)} (${state.code})` }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    [states.data, i18n.language, collator],
  );
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={states.isPending ? t('common:state.loading') : t('extensions.noState')}
      error={states.isError ? t('extensions.statesFailed') : props.error}
      {...props}
      data={data}
    />
  );
}
