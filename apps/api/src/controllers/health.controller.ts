import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DiskHealthIndicator, HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthIndicatorFunction } from '@nestjs/terminus';
import { ApiProblems, Public } from '#common';
import { JobQueue } from '#jobs';
import { UserChangeListener } from '#auth';
import { lifecycle } from '../lifecycle.js';

export const HEALTH_OPTIONS = Symbol('HEALTH_OPTIONS');
export interface HealthOptions {
  /** The embedded PostgreSQL's data directory: its disk is checked too (an external database's is not ours). */
  embeddedDataDir?: string;
}

const HEALTH_SCHEMA = {
  schema: {
    type: 'object',
    properties: {
      status: { type: 'string', example: 'ok' },
      info: { type: 'object', additionalProperties: true },
      error: { type: 'object', additionalProperties: true },
      details: { type: 'object', additionalProperties: true },
    },
  },
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly disk: DiskHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly jobs: JobQueue,
    private readonly userChanges: UserChangeListener,
    @Inject(HEALTH_OPTIONS) private readonly options: HealthOptions,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers (no dependency is checked; restart it only when this fails)' })
  @ApiOkResponse({ schema: { type: 'object', properties: { status: { type: 'string', example: 'ok' } } } })
  @ApiProblems(503)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({
    summary: 'Readiness: PostgreSQL, the job queue and (embedded server) the data disk; whether the user cache listens',
    description: '200 when this replica can serve; 503 while a dependency fails or the process is shutting down (take it out of rotation).',
  })
  @ApiOkResponse(HEALTH_SCHEMA)
  @ApiProblems(503)
  ready() {
    const checks: HealthIndicatorFunction[] = [
      () => {
        const check = this.indicator.check('process');
        return lifecycle.shuttingDown ? check.down({ message: 'shutting down' }) : check.up();
      },
      () => this.db.pingCheck('database', { timeout: 2_000 }),
      async () => {
        const check = this.indicator.check('jobQueue');
        try {
          await this.jobs.ping();
          return check.up({ workers: this.jobs.workersEnabled });
        } catch (error) {
          return check.down({ message: error instanceof Error ? error.message : String(error) });
        }
      },
      // Never down: without its listener the replica reads users per request (slower, still exact).
      () => this.indicator.check('userCache').up({ listening: this.userChanges.cache.isLive, entries: this.userChanges.cache.size }),
    ];
    if (this.options.embeddedDataDir) {
      const path = this.options.embeddedDataDir;
      checks.push(() => this.disk.checkStorage('disk', { path, thresholdPercent: 0.95 }));
    }
    return this.health.check(checks);
  }

  @Get()
  @Public()
  // Documented below, not by terminus: its own schemas appear only where require('@nestjs/swagger') works (node,
  // not Jest's ESM runtime), so the document would differ between the server and the tests.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Liveness and database reachability', description: '200 when PostgreSQL answers, 503 when it does not.' })
  @ApiOkResponse(HEALTH_SCHEMA)
  @ApiProblems(503)
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2_000 })]);
  }
}
