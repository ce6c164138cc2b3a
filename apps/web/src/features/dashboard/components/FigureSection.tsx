import { Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ChartSeries } from './FigureChart';

const FigureChart = lazy(() => import('./FigureChart'));

/** True once the element came near the viewport (then stays true): a chart is drawn only when someone can see it. */
function useSeen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return [ref, seen] as const;
}

export interface FigureColumn {
  key: string;
  label: string;
  /** The cell's text (numbers already formatted). */
  format?: (value: string | number | null | undefined) => string;
}

/**
 * A block of figures: a heading, the numbers as a table (for everyone, and the screen reader's view), and the same
 * numbers as a chart beside it, hidden from assistive technology.
 */
export function FigureSection({
  id,
  title,
  description,
  rows,
  rowKey,
  rowHeader,
  columns,
  chart,
  footer,
  empty,
  stacked = false,
}: {
  id: string;
  title: string;
  description?: string;
  rows: Record<string, string | number | null>[];
  rowKey: string;
  rowHeader: { key: string; label: string };
  columns: FigureColumn[];
  chart?: { data: Record<string, string | number>[]; dataKey: string; series: ChartSeries[]; stacked?: boolean; horizontal?: boolean; unit?: string };
  footer?: ReactNode;
  empty?: string;
  /** Wide tables: the chart below the table instead of beside it. */
  stacked?: boolean;
}) {
  const [chartRef, seen] = useSeen<HTMLDivElement>();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`} data-testid={id}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: chart && !stacked ? 2 : 1 }} spacing="md">
            {/* Focusable, so a keyboard user can scroll a table wider than the screen. */}
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
              <Table striped withTableBorder verticalSpacing={4} fz="sm">
                <Table.Caption className="visually-hidden">{title}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{rowHeader.label}</Table.Th>
                    {columns.map((c) => (
                      <Table.Th scope="col" key={c.key} ta="end">
                        {c.label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={String(row[rowKey])}>
                      <Table.Th scope="row" fw={500}>
                        {row[rowHeader.key]}
                      </Table.Th>
                      {columns.map((c) => (
                        <Table.Td key={c.key} ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {c.format ? c.format(row[c.key]) : (row[c.key] ?? '—')}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            {chart && (
              <div aria-hidden="true" dir="ltr" ref={chartRef} data-chart={seen ? 'drawn' : 'waiting'}>
                {seen ? (
                  <Suspense fallback={<Skeleton h={200} />}>
                    <FigureChart {...chart} />
                  </Suspense>
                ) : (
                  <Skeleton h={200} animate={false} />
                )}
              </div>
            )}
          </SimpleGrid>
        )}
        {footer}
      </Stack>
    </Paper>
  );
}
