import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiPageResponse, ApiProblems, CurrentUser, etagFor, uuidParam, type Page } from '#common';
import {
  CreateLinkDto,
  CreateRecommendationDto,
  LinkDto,
  ListRecommendationsQuery,
  RecommendationDetailDto,
  RecommendationDto,
  RecommendationsService,
  TEXT_LANGUAGES,
  UpdateRecommendationDto,
} from '#catalogue';
import { RequirePermission, type AuthUser } from '#auth';
import { IsIn, IsOptional } from 'class-validator';

class LangQuery {
  @ApiPropertyOptional({ enum: TEXT_LANGUAGES }) @IsOptional() @IsIn(TEXT_LANGUAGES) lang?: string;
}

const ETAG_HEADER = { ETag: { description: 'Current version; send it back in If-Match to edit', schema: { type: 'string' } } };

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
  async get(@Param('id', uuidParam()) id: string, @Query() query: LangQuery, @Res({ passthrough: true }) res: Response): Promise<RecommendationDetailDto> {
    const detail = await this.recommendations.get(id, query.lang);
    res.setHeader('ETag', etagFor(detail.version));
    return detail;
  }

  @Post()
  @RequirePermission('catalogue:write')
  @ApiOperation({ summary: 'Add a recommendation by hand (normally they come from an import)' })
  @ApiCreatedResponse({ type: RecommendationDetailDto, headers: ETAG_HEADER })
  @ApiProblems(400, 404, 409)
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateRecommendationDto, @Res({ passthrough: true }) res: Response): Promise<RecommendationDetailDto> {
    const detail = await this.recommendations.create(user, dto);
    res.setHeader('ETag', etagFor(detail.version));
    return detail;
  }

  @Patch(':id')
  @RequirePermission('catalogue:write')
  @ApiOperation({ summary: 'Edit text, classification or themes; the previous state becomes a revision' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from GET' })
  @ApiOkResponse({ type: RecommendationDetailDto, headers: ETAG_HEADER })
  @ApiProblems(400, 404, 412, 428)
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: UpdateRecommendationDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RecommendationDetailDto> {
    const detail = await this.recommendations.update(user, id, ifMatch, dto);
    res.setHeader('ETag', etagFor(detail.version));
    return detail;
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
