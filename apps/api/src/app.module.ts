import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { VALIDATION_OPTIONS, validationFailed } from '#common';
import { AuditModule } from '#audit';
import { AccountsBootstrap, AuthModule, authConfig } from '#auth';
import { CatalogueModule } from '#catalogue';
import { ReportingModule } from '#reporting';
import { SummariesModule } from '#summaries';
import { appDataSourceOptions } from '#schema';
import { CatalogueBootstrap, StateDirectoryModule } from './catalogue-bootstrap.js';
import { httpConfig, loadHttpEnv } from './http.config.js';
import { EtagInterceptor } from './etag.interceptor.js';
import { ProblemDetailsFilter } from './problem-details.filter.js';
import { AuditController } from './controllers/audit.controller.js';
import { AuthController } from './controllers/auth.controller.js';
import { HealthController } from './controllers/health.controller.js';
import { UsersController } from './controllers/users.controller.js';
import { ImportsController } from './controllers/imports.controller.js';
import { RecommendationsController } from './controllers/recommendations.controller.js';
import { SessionsController } from './controllers/sessions.controller.js';
import { StatesController } from './controllers/states.controller.js';
import { ThemesController } from './controllers/themes.controller.js';
import { ArticlesController } from './controllers/articles.controller.js';
import { CyclesController } from './controllers/cycles.controller.js';
import { ReportsController } from './controllers/reports.controller.js';
import { QuestionnaireWorkbookController } from './controllers/questionnaire-workbook.controller.js';
import { NotificationsController } from './controllers/notifications.controller.js';
import { SummariesController } from './controllers/summaries.controller.js';
import { CompilationController } from './controllers/compilation.controller.js';
import { MfaController } from './controllers/mfa.controller.js';
import { NotificationsModule } from '#notifications';
import { MailModule } from '#mail';
import { AccountNotifierModule } from './account-notices.js';
import { JobsModule } from '#jobs';
import { JobsController } from './controllers/jobs.controller.js';
import { MetricsController } from './controllers/metrics.controller.js';
import { HEALTH_OPTIONS } from './controllers/health.controller.js';
import { PoolMetrics } from './metrics.js';
import { DeadlineReminders } from './deadline-reminders.js';

export interface AppOptions {
  databaseUrl: string;
  poolSize?: number;
  /** READ_DATABASE_URL: summaries and exports read there; everything else from databaseUrl. */
  readDatabaseUrl?: string;
  /** The job queue's connection (DIRECT_DATABASE_URL when set); default databaseUrl. */
  jobsDatabaseUrl?: string;
  /** LISTEN for user changes (the user-row cache) on this direct connection (DIRECT_DATABASE_URL, else DATABASE_URL); none: no cache. */
  userCacheUrl?: string;
  /** Run the workers and the reminder schedule in this process (default: WORKERS, itself true). */
  workers?: boolean;
  /** The embedded PostgreSQL's data directory, for the readiness disk check. */
  embeddedDataDir?: string;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const http = loadHttpEnv();
    return {
      module: AppModule,
      imports: [
        // Configuration comes from the environment only, validated by each namespace at boot.
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [httpConfig, authConfig] }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: http.LOG_LEVEL,
            genReqId: (req) => (req as { id?: string }).id ?? 'unknown',
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
          },
        }),
        TypeOrmModule.forRoot({
          ...appDataSourceOptions(options.databaseUrl, { poolSize: options.poolSize, readUrl: options.readDatabaseUrl }),
          retryAttempts: 2,
          retryDelay: 500,
        }),
        TerminusModule.forRoot({ errorLogStyle: 'pretty', gracefulShutdownTimeoutMs: 0 }),
        JobsModule.forRoot({ url: options.jobsDatabaseUrl ?? options.databaseUrl, workers: options.workers }),
        AuditModule,
        MailModule,
        AuthModule.forRoot({ listenUrl: options.userCacheUrl }),
        CatalogueModule,
        StateDirectoryModule,
        ReportingModule,
        NotificationsModule,
        AccountNotifierModule,
        SummariesModule,
      ],
      controllers: [
        HealthController,
        AuthController,
        UsersController,
        AuditController,
        StatesController,
        SessionsController,
        RecommendationsController,
        ThemesController,
        ArticlesController,
        ImportsController,
        CyclesController,
        ReportsController,
        QuestionnaireWorkbookController,
        NotificationsController,
        SummariesController,
        CompilationController,
        MfaController,
        JobsController,
        MetricsController,
      ],
      providers: [
        {
          provide: APP_PIPE,
          useFactory: () => new ValidationPipe({ ...VALIDATION_OPTIONS, transform: true, exceptionFactory: validationFailed }),
        },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // ETag of every versioned answer (routes marked @VersionedResource()).
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
        // First start: create the first admin (API only; the CLI has create-admin).
        AccountsBootstrap,
        CatalogueBootstrap,
        { provide: HEALTH_OPTIONS, useValue: { embeddedDataDir: options.embeddedDataDir } },
        PoolMetrics,
        DeadlineReminders,
      ],
    };
  }
}
