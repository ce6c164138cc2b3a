import { Module } from '@nestjs/common';
import { ArticlesService } from './articles.service.js';
import { CatalogueImportService } from './catalogue-import.service.js';
import { CatalogueSeeder } from './catalogue-seeder.service.js';
import { CompilationService } from './compilation.service.js';
import { RecommendationsService } from './recommendations.service.js';
import { SessionsService } from './sessions.service.js';
import { StatesService } from './states.service.js';
import { ThemesService } from './themes.service.js';

const SERVICES = [StatesService, ThemesService, SessionsService, RecommendationsService, CatalogueImportService, CatalogueSeeder, CompilationService, ArticlesService];

@Module({ providers: SERVICES, exports: SERVICES })
export class CatalogueModule {}
