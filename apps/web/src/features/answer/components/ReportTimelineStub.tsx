// Temporary stand-in for features/reports/components/ReportTimeline (being written on main); removed once it lands.
export function ReportTimeline({ reportId }: { reportId: string; canComment?: boolean }) {
  return <div data-report-id={reportId} />;
}
