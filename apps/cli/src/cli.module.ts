import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '#audit';
import { AuthModule, authConfig } from '#auth';
import { CatalogueModule } from '#catalogue';
import { ReportingModule } from '#reporting';
import { appDataSourceOptions } from '#schema';
import { JobsModule } from '#jobs';
import { MailModule } from '#mail';

/** The services the CLI commands use, without the HTTP edge and without workers. */
@Module({})
export class CliModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [authConfig] }),
        TypeOrmModule.forRoot({ ...appDataSourceOptions(databaseUrl, { poolSize: 2, applicationName: 'wg4-cli' }), retryAttempts: 0 }),
        // Mails the commands cause (reminders) go into the outbox; the API's (or `npm run worker`'s) workers send them.
        JobsModule.forRoot({ url: databaseUrl, workers: false, poolSize: 1 }),
        MailModule,
        AuditModule,
        AuthModule,
        CatalogueModule,
        ReportingModule,
      ],
    };
  }
}
