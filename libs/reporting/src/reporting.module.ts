import { Module } from '@nestjs/common';
import { NotificationsModule } from '#notifications';
import { CyclesService } from './cycles.service.js';
import { ReportsService } from './reports.service.js';
import { EvidenceService } from './evidence.service.js';

@Module({ imports: [NotificationsModule], providers: [CyclesService, ReportsService, EvidenceService], exports: [CyclesService, ReportsService, EvidenceService] })
export class ReportingModule {}
