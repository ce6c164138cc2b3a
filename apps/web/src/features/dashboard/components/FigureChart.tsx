import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';

export interface ChartSeries {
  name: string;
  label: string;
  color: string;
}

/**
 * One bar chart of the dashboard (recharts through @mantine/charts), loaded lazily so the numbers render first. It
 * is hidden from assistive technology: the table beside it carries the same figures.
 */
export default function FigureChart({
  data,
  dataKey,
  series,
  stacked = false,
  horizontal = false,
  unit,
}: {
  data: Record<string, string | number>[];
  dataKey: string;
  series: ChartSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  unit?: string;
}) {
  const height = horizontal ? Math.max(160, data.length * 40 + 60) : 260;
  return (
    <BarChart
      h={height}
      data={data}
      dataKey={dataKey}
      series={series}
      type={stacked ? 'stacked' : 'default'}
      orientation={horizontal ? 'vertical' : 'horizontal'}
      unit={unit}
      withLegend={series.length > 1}
      legendProps={{ verticalAlign: 'bottom' }}
      tickLine="none"
      gridAxis={horizontal ? 'x' : 'y'}
      yAxisProps={horizontal ? { width: 200 } : undefined}
      tooltipAnimationDuration={0}
      barProps={{ isAnimationActive: false }}
      barChartProps={{ accessibilityLayer: false }}
    />
  );
}
