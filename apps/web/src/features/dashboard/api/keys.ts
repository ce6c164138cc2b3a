/** Query keys of the dashboard's figures: a reminder sent invalidates `dashboardKeys.nonReporting(cycleId)`. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  overview: (cycleId: string, asOf: string | undefined, includeSubmitted: boolean) => ['dashboard', 'overview', cycleId, asOf ?? 'now', includeSubmitted] as const,
  nonReporting: (cycleId: string) => ['dashboard', 'non-reporting', cycleId] as const,
};
