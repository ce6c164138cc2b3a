import { Module } from '@nestjs/common';
import { SummariesService } from './summaries.service.js';

@Module({ providers: [SummariesService], exports: [SummariesService] })
export class SummariesModule {}
