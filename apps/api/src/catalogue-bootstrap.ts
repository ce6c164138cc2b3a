import { Global, Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { STATE_DIRECTORY } from '#auth';
import { ArticlesService, CatalogueModule, CatalogueSeeder, StatesService } from '#catalogue';

/**
 * First start on an empty database: load States, themes and the source reports from seeds/. Later starts add the
 * States' and themes' names in any language the database still lacks (from seeds/states.json and seeds/themes.json)
 * and bring the protocol statuses in line with seeds/protocol-parties.json and the final reports. Every start adds
 * the articles taxonomy's missing rows and the rules' article suggestions for recommendations not yet scanned.
 */
@Injectable()
export class CatalogueBootstrap implements OnApplicationBootstrap {
  constructor(
    private readonly seeder: CatalogueSeeder,
    private readonly articles: ArticlesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.seeder.seedIfEmpty()) === null) {
      await this.seeder.fillMissingStateNames();
      await this.seeder.syncProtocolStatuses();
      await this.seeder.fillMissingThemeNames();
    }
    await this.articles.seedAndSuggest(CatalogueSeeder.seedsDir());
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
