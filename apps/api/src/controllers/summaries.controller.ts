import { applyDecorators, Controller, Get, Param, Query, UseInterceptors, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CONTENT_TYPES, type RenderedExport } from '#exports';
import { ExportFileInterceptor } from '../export-file.interceptor.js';
import { ApiProblems, CurrentUser, StateCodeParam, uuidParam } from '#common';
import { RequirePermission, type AuthUser } from '#auth';
import {
  NonReportingDto,
  OverviewDto,
  OverviewQueryDto,
  RecommendationSummaryDto,
  SessionDocumentQueryDto,
  StateProfileDto,
  SummariesService,
  SummaryQueryDto,
  SummaryTextQueryDto,
  TrendsDto,
  TrendsQueryDto,
} from '#summaries';

const stateCode = new StateCodeParam();

/** JSON by default; ?format=csv is text, xlsx and pdf are binary files (a typed client reads them as text or Blob). */
function ApiFigures(model: Type<unknown>) {
  const file = { schema: { type: 'string', format: 'binary' } };
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      description: 'JSON; with ?format=csv|xlsx|pdf the same figures as an attachment',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(model) } },
        [CONTENT_TYPES.csv]: { schema: { type: 'string' } },
        [CONTENT_TYPES.xlsx]: file,
        [CONTENT_TYPES.pdf]: file,
      },
    }),
  );
}

@ApiTags('summaries')
@Controller('summaries')
@UseInterceptors(ExportFileInterceptor)
export class SummariesController {
  constructor(private readonly summaries: SummariesService) {}

  @Get('cycles/:id')
  @RequirePermission('summaries:read')
  @ApiOperation({ summary: 'Cycle overview: response rate, status distribution by regional group, session and theme, assistance asked (?article= narrows its scope to one article’s recommendations)' })
  @ApiFigures(OverviewDto)
  @ApiProblems(400, 404, 429)
  overview(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: OverviewQueryDto): Promise<OverviewDto | RenderedExport> {
    return this.summaries.overview(user, id, query);
  }

  @Get('cycles/:id/states/:code')
  @RequirePermission('summaries:read')
  @ApiOperation({ summary: 'One State’s profile in a cycle (a focal point: its own State only)' })
  @ApiFigures(StateProfileDto)
  @ApiProblems(400, 403, 404, 429)
  state(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('code', stateCode) code: string, @Query() query: SummaryTextQueryDto): Promise<StateProfileDto | RenderedExport> {
    return this.summaries.stateProfile(user, id, code, query);
  }

  @Get('cycles/:id/recommendations/:recommendationId')
  @RequirePermission('summaries:states')
  @ApiOperation({ summary: 'One recommendation across States: who reported what' })
  @ApiFigures(RecommendationSummaryDto)
  @ApiProblems(400, 404, 429)
  recommendation(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('recommendationId', uuidParam('recommendationId')) recommendationId: string,
    @Query() query: SummaryTextQueryDto,
  ): Promise<RecommendationSummaryDto | RenderedExport> {
    return this.summaries.recommendation(user, id, recommendationId, query);
  }

  @Get('cycles/:id/non-reporting')
  @RequirePermission('summaries:states')
  @ApiOperation({ summary: 'Expected States with nothing accepted yet, and whether a submission of theirs awaits review' })
  @ApiFigures(NonReportingDto)
  @ApiProblems(400, 404, 429)
  nonReporting(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: SummaryQueryDto): Promise<NonReportingDto | RenderedExport> {
    return this.summaries.nonReporting(user, id, query);
  }

  @Get('cycles/:id/session-document')
  @RequirePermission('summaries:states')
  @ApiOperation({
    summary: 'The session document "Implementation of the recommendations adopted by the Working Group" for a cycle and an asOf',
    description:
      'An editable Word document (?format=pdf|md also) in ?lang=: numbered paragraphs, chapters by session and by theme, tables of figures and an annex of the States ' +
      'that reported, from the cycle’s figures as they stood at ?asOf= (default now). Served from a cache while nothing it depends on changed; 429 TOO_MANY_RENDERS beyond ' +
      'the per-user render limit.',
  })
  @ApiOkResponse({
    description: 'The document as an attachment',
    content: {
      [CONTENT_TYPES.docx]: { schema: { type: 'string', format: 'binary' } },
      [CONTENT_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } },
      [CONTENT_TYPES.md]: { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 404, 429)
  sessionDocument(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Query() query: SessionDocumentQueryDto): Promise<RenderedExport> {
    return this.summaries.sessionDocument(user, id, query);
  }

  @Get('trends')
  @RequirePermission('summaries:read')
  @ApiOperation({ summary: 'The headline figures across cycles, optionally for one recommendation, State or theme' })
  @ApiFigures(TrendsDto)
  @ApiProblems(400, 403, 404, 429)
  trends(@CurrentUser() user: AuthUser, @Query() query: TrendsQueryDto): Promise<TrendsDto | RenderedExport> {
    return this.summaries.trends(user, query);
  }
}
