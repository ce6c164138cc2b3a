import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, PageQueryDto, pageOfAll, type Page, CurrentUser } from '#common';
import { CreateThemeDto, ThemeDto, ThemesService } from '#catalogue';
import { RequirePermission, type AuthUser } from '#auth';

@ApiTags('catalogue')
@Controller('themes')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  @Get()
  @RequirePermission('catalogue:read')
  @ApiOperation({ summary: 'The theme taxonomy, with how many recommendations carry each theme' })
  @ApiPageResponse(ThemeDto)
  @ApiProblems(400)
  async list(@Query() query: PageQueryDto): Promise<Page<ThemeDto>> {
    return pageOfAll(await this.themes.list(), query);
  }

  @Post()
  @RequirePermission('catalogue:write')
  @ApiOperation({ summary: 'Add a theme' })
  @ApiCreatedResponse({ type: ThemeDto })
  @ApiProblems(400, 409)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateThemeDto): Promise<ThemeDto> {
    return this.themes.create(user, dto);
  }
}
