import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JobQueue, JOBS_OPTIONS, type JobsOptions } from './job-queue.js';

/** The job queue for the whole application (the mail outbox, the reminder schedule). */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return { module: JobsModule, providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobQueue], exports: [JobQueue] };
  }
}
