import { Body, Controller, Get, Param, Put, Query, type PipeTransform } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, CommonError, CurrentUser, pageOfAll, uuidParam, type Page } from '#common';
import { ArticleDto, ArticlesListQueryDto, ArticlesQueryDto, ArticlesService, DecideArticleDto, RecommendationArticlesDto } from '#catalogue';
import { RequirePermission, type AuthUser } from '#auth';
import { ARTICLE_CODE_PATTERN } from '#contracts';

/** `tip_6`, `untoc_25`: anything else is a 400 naming the field. */
class ArticleCodeParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ARTICLE_CODE_PATTERN.test(value)) {
      throw new CommonError('VALIDATION_FAILED', 'code must be an article code.', { errors: [{ field: 'code', message: 'code must be an article code such as tip_6 or untoc_25' }] });
    }
    return value;
  }
}

@ApiTags('catalogue')
@Controller()
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Get('articles')
  @RequirePermission('catalogue:read')
  @ApiOperation({ summary: 'The articles of the Trafficking in Persons Protocol and of the Convention, titled in ?lang=, with how many recommendations each has' })
  @ApiPageResponse(ArticleDto)
  @ApiProblems(400)
  async list(@Query() query: ArticlesListQueryDto): Promise<Page<ArticleDto>> {
    return pageOfAll(await this.articles.list(query.lang), query);
  }

  @Put('recommendations/:id/articles/:code')
  @RequirePermission('catalogue:write')
  @ApiOperation({ summary: 'Confirm or reject that a recommendation concerns an article (confirming one that was not suggested adds it)' })
  @ApiParam({ name: 'code', example: 'tip_6' })
  @ApiOkResponse({ type: RecommendationArticlesDto, description: 'The recommendation’s article links as they now are' })
  @ApiProblems(400, 404)
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('code', new ArticleCodeParam()) code: string,
    @Query() query: ArticlesQueryDto,
    @Body() dto: DecideArticleDto,
  ): Promise<RecommendationArticlesDto> {
    return this.articles.decide(user, id, code, dto, query.lang);
  }
}
