import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, PageQueryDto, pageOf, pageOffset, uuidParam, type Page } from '#common';
import { RequirePermission } from '#auth';
import { JobError, JobQueue, type FailedJob } from '#jobs';

export class FailedJobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'mail', description: 'The queue: mail (an e-mail) or reminders (a deadline-reminder run)' }) queue: string;
  @ApiProperty({ description: 'The last attempt’s error (the job’s data is never shown: a mail may hold a link)' }) error: string;
  @ApiProperty({ description: 'Retries made before it failed' }) retryCount: number;
  @ApiProperty({ format: 'date-time' }) createdOn: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedOn: string | null;

  static from(j: FailedJob): FailedJobDto {
    return { id: j.id, queue: j.queue, error: j.error, retryCount: j.retryCount, createdOn: new Date(j.createdOn).toISOString(), failedOn: j.failedOn ? new Date(j.failedOn).toISOString() : null };
  }
}

/** The admins' view of the job queue: what failed after its last retry, and a way to try again. */
@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobQueue) {}

  @Get('failed')
  @RequirePermission('jobs:manage')
  @ApiOperation({ summary: 'Jobs (e-mails, reminder runs) that failed after their last retry, newest first' })
  @ApiPageResponse(FailedJobDto)
  @ApiProblems(400)
  async failed(@Query() query: PageQueryDto): Promise<Page<FailedJobDto>> {
    const { items, total } = await this.jobs.failed(query.limit, pageOffset(query));
    return pageOf(items.map(FailedJobDto.from), total, query);
  }

  @Post(':id/retry')
  @HttpCode(204)
  @RequirePermission('jobs:manage')
  @ApiOperation({ summary: 'Puts a failed job back in its queue (its retries start again)' })
  @ApiNoContentResponse({ description: 'Queued again' })
  @ApiProblems(400, 404)
  async retry(@Param('id', uuidParam()) id: string): Promise<void> {
    if (!(await this.jobs.retry(id))) throw new JobError('JOB_NOT_FOUND');
  }
}
