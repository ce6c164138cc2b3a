import { Global, Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { STATE_DIRECTORY } from '#auth';
import { CatalogueModule, CatalogueSeeder, StatesService } from '#catalogue';

/**
 * First start on an empty database: load States, themes and the source reports from seeds/. Later starts add the
 * States' and themes' names in any language the database still lacks (from seeds/states.json and seeds/themes.json)
 * and bring the protocol statuses in line with seeds/protocol-parties.json and the final reports.
 */
@Injectable()
export class CatalogueBootstrap implements OnApplicationBootstrap {
  constructor(private readonly seeder: CatalogueSeeder) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.seeder.seedIfEmpty()) === null) {
      await this.seeder.fillMissingStateNames();
      await this.seeder.syncProtocolStatuses();
      await this.seeder.fillMissingThemeNames();
    }
  }
}

/** Lets the accounts layer check State codes against the catalogue without depending on it. */
@Global()
@Module({
  imports: [CatalogueModule],
  providers: [{ provide: STATE_DIRECTORY, useExisting: StatesService }],
  exports: [STATE_DIRECTORY],
})
export class StateDirectoryModule {}
