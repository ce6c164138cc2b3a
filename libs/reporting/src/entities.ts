import { EvidenceFile } from './entities/evidence-file.entity.js';
import { CycleRecommendation } from './entities/cycle-recommendation.entity.js';
import { CycleStateExtension } from './entities/cycle-state-extension.entity.js';
import { ImplementationReport } from './entities/implementation-report.entity.js';
import { ReportStateChange } from './entities/report-state-change.entity.js';
import { ReportReview } from './entities/report-review.entity.js';
import { ReportVersion } from './entities/report-version.entity.js';
import { ReportingCycle } from './entities/reporting-cycle.entity.js';
import { SummaryRollup, SummaryRollupChange, SummaryRollupEpoch, SummaryRollupTotal, SummaryScopeCount } from './entities/summary-rollup.entity.js';

export const REPORTING_ENTITIES = [ReportingCycle, CycleRecommendation, ImplementationReport, ReportVersion, ReportReview, ReportStateChange, EvidenceFile, SummaryRollup, SummaryRollupTotal, SummaryRollupChange, SummaryRollupEpoch, SummaryScopeCount, CycleStateExtension];
