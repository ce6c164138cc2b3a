import { Module } from '@nestjs/common';
import { CyclesService } from './cycles.service.js';
import { ReportsService } from './reports.service.js';

@Module({ providers: [CyclesService, ReportsService], exports: [CyclesService, ReportsService] })
export class ReportingModule {}
