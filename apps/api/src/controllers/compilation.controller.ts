import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems, CurrentUser } from '#common';
import { RequirePermission, type AuthUser } from '#auth';
import { CompilationDto, CompilationQueryDto, CompilationService } from '#catalogue';
import { CONTENT_TYPES, type RenderedExport } from '#exports';
import { ExportFileInterceptor } from '../export-file.interceptor.js';

@ApiTags('catalogue')
@Controller('compilation')
@UseInterceptors(ExportFileInterceptor)
export class CompilationController {
  constructor(private readonly compilation: CompilationService) {}

  @Get()
  @RequirePermission('catalogue:read')
  @ApiOperation({
    summary: 'The index and compilation of all adopted recommendations, by session and section or by theme',
    description:
      'JSON, or a document: ?format=md|pdf|xlsx|docx (attachment), in ?lang= (frame and texts). A document is served from a cache while the catalogue is unchanged; ' +
      'at most DOCUMENT_RENDERS_PER_USER (2) renders per user at a time, else 429 TOO_MANY_RENDERS.',
  })
  @ApiProduces('application/json', CONTENT_TYPES.md, CONTENT_TYPES.pdf, CONTENT_TYPES.xlsx, CONTENT_TYPES.docx)
  @ApiOkResponse({ type: CompilationDto })
  @ApiProblems(400, 404, 429)
  get(@CurrentUser() user: AuthUser, @Query() query: CompilationQueryDto): Promise<CompilationDto | RenderedExport> {
    return this.compilation.compile(query, user.id);
  }
}
