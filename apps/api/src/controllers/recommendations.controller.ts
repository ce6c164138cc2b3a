import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, CurrentUser, ETAG_HEADER, uuidParam, VersionedResource, type Page } from '#common';
import {
  CreateLinkDto,
  CreateRecommendationDto,
  LinkDto,
  ListRecommendationsQuery,
  RecommendationDetailDto,
  RecommendationDto,
  RecommendationsService,
  UpdateRecommendationDto,
} from '#catalogue';
import { RequirePermission, type AuthUser } from '#auth';
import { TEXT_LANGUAGES } from '#contracts';
import { IsIn, IsOptional } from 'class-validator';

class LangQuery {
  @ApiPropertyOptional({ enum: TEXT_LANGUAGES }) @IsOptional() @IsIn(TEXT_LANGUAGES) lang?: string;
}

@ApiTags('catalogue')
@Controller('recommendations')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get()
  @RequirePermission('catalogue:read')
  @ApiOperation({ summary: 'Adopted recommendations (top level, sub-items nested), filtered, searched and paged' })
  @ApiPageResponse(RecommendationDto)
  @ApiProblems(400)
  list(@Query() query: ListRecommendationsQuery): Promise<Page<RecommendationDto>> {
    return this.recommendations.list(query);
  }

  @Get(':id')
  @RequirePermission('catalogue:read')
  @ApiOperation({ summary: 'One recommendation with its sub-items, revisions and links' })
  @ApiOkResponse({ type: RecommendationDetailDto, headers: ETAG_HEADER })
  @ApiProblems(400, 404)
  @VersionedResource()
  get(@Param('id', uuidParam()) id: string, @Query() query: LangQuery): Promise<RecommendationDetailDto> {
    return this.recommendations.get(id, query.lang);
  }

  @Post()
  @RequirePermission('catalogue:write')
  @ApiOperation({ summary: 'Add a recommendation by hand (normally they come from an import)' })
  @ApiCreatedResponse({ type: RecommendationDetailDto, headers: ETAG_HEADER })
  @ApiProblems(400, 404, 409)
  @VersionedResource()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateRecommendationDto): Promise<RecommendationDetailDto> {
    return this.recommendations.create(user, dto);
  }

  @Patch(':id')
  @RequirePermission('catalogue:write')
  @ApiOperation({ summary: 'Edit text, classification or themes; the previous state becomes a revision' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from GET' })
  @ApiOkResponse({ type: RecommendationDetailDto, headers: ETAG_HEADER })
  @ApiProblems(400, 404, 412, 428)
  @VersionedResource()
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateRecommendationDto,
  ): Promise<RecommendationDetailDto> {
    return this.recommendations.update(user, id, ifMatch, dto);
  }

  @Post(':id/links')
  @RequirePermission('catalogue:write')
  @ApiOperation({ summary: 'Link: this recommendation reiterates / builds on / supersedes another' })
  @ApiCreatedResponse({ type: LinkDto })
  @ApiProblems(400, 404, 409)
  addLink(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: CreateLinkDto): Promise<LinkDto> {
    return this.recommendations.addLink(user, id, dto);
  }

  @Delete(':id/links/:linkId')
  @RequirePermission('catalogue:write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a link' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  removeLink(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('linkId', uuidParam('linkId')) linkId: string): Promise<void> {
    return this.recommendations.removeLink(user, id, linkId);
  }
}
