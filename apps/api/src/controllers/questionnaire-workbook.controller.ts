import { Controller, Get, HttpCode, Inject, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBody, type ApiBodyOptions, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { ApiProblems, CurrentUser, StateCodeParam, uuidParam } from '#common';
import { CONTENT_TYPES, type RenderedExport } from '#exports';
import { ReportsService } from '#reporting';
import { authConfig, RequirePermission, type AuthUser } from '#auth';
import { MAX_WORKBOOK_BYTES, QuestionnaireWorkbookService, WorkbookApplyDto, WorkbookLangQuery, WorkbookPreviewDto, workbookKey, type ApplyResult, type WorkbookPreview } from '#workbook';
import { ExportFileInterceptor } from '../export-file.interceptor.js';

const stateCode = new StateCodeParam();
const upload = FileInterceptor('file', { limits: { fileSize: MAX_WORKBOOK_BYTES, files: 1 } });
const fileBody: ApiBodyOptions = {
  schema: { type: 'object', properties: { file: { type: 'string', format: 'binary', description: 'The questionnaire workbook (.xlsx) as downloaded and filled' } }, required: ['file'] },
};
const binary = (type: string) => ({ description: 'The file, as an attachment', content: { [type]: { schema: { type: 'string', format: 'binary' } } } });

/**
 * The offline questionnaire (issue 16): a State's questionnaire as an XLSX workbook and a printable PDF/Word form, and
 * the filled workbook uploaded back — previewed, then applied all or nothing. Reading is as for the questionnaire (a
 * focal point: its own State; the secretariat: any State, never a draft's content); uploading is the State's own.
 */
@ApiTags('reporting')
@Controller('cycles/:id/states/:code')
@UseInterceptors(ExportFileInterceptor)
export class QuestionnaireWorkbookController {
  private readonly workbooks: QuestionnaireWorkbookService;

  constructor(@InjectDataSource() dataSource: DataSource, reports: ReportsService, @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>) {
    this.workbooks = new QuestionnaireWorkbookService(dataSource, reports, workbookKey(config.JWT_SECRET));
  }

  @Get('questionnaire.xlsx')
  @RequirePermission('reports:read')
  @ApiOperation({
    summary: 'The questionnaire as an XLSX workbook to fill offline',
    description:
      'One row per in-scope recommendation: reference, text and current answer in `lang`, drop-down lists for status, assistance needed and type, measures and evidence links as read-only text, and hidden sealed columns (recommendation, report version) that the upload checks.',
  })
  @ApiProduces(CONTENT_TYPES.xlsx)
  @ApiOkResponse(binary(CONTENT_TYPES.xlsx))
  @ApiProblems(400, 403, 404)
  workbook(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('code', stateCode) code: string, @Query() query: WorkbookLangQuery): Promise<RenderedExport> {
    return this.workbooks.workbook(user, id, code, query.lang);
  }

  @Get('questionnaire.pdf')
  @RequirePermission('reports:read')
  @ApiOperation({ summary: 'The questionnaire as a printable PDF form (current answers and boxes to write in)' })
  @ApiProduces(CONTENT_TYPES.pdf)
  @ApiOkResponse(binary(CONTENT_TYPES.pdf))
  @ApiProblems(400, 403, 404)
  pdf(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('code', stateCode) code: string, @Query() query: WorkbookLangQuery): Promise<RenderedExport> {
    return this.workbooks.form(user, id, code, 'pdf', query.lang);
  }

  @Get('questionnaire.docx')
  @RequirePermission('reports:read')
  @ApiOperation({ summary: 'The questionnaire as a printable Word form (current answers and space to write in)' })
  @ApiProduces(CONTENT_TYPES.docx)
  @ApiOkResponse(binary(CONTENT_TYPES.docx))
  @ApiProblems(400, 403, 404)
  docx(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('code', stateCode) code: string, @Query() query: WorkbookLangQuery): Promise<RenderedExport> {
    return this.workbooks.form(user, id, code, 'docx', query.lang);
  }

  @Post('questionnaire/preview')
  @HttpCode(200)
  @RequirePermission('reports:write')
  @UseInterceptors(upload)
  @ApiOperation({
    summary: 'What a filled workbook would change, row by row (nothing is written)',
    description:
      'Each row: "change" (which fields, old → new), "unchanged", "invalid" (each cell with a WORKBOOK_CELL_PROBLEMS code) or "conflict" (saved online since the download). A file that is not an XLSX workbook is 415; not ours, another questionnaire, sheets or columns changed, or more rows than the questionnaire: 422.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @ApiOkResponse({ type: WorkbookPreviewDto })
  @ApiProblems(400, 403, 404, 413, 415, 422)
  preview(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('code', stateCode) code: string, @UploadedFile() file?: { buffer: Buffer }): Promise<WorkbookPreview> {
    return this.workbooks.preview(user, id, code, file?.buffer);
  }

  @Post('questionnaire/apply')
  @HttpCode(200)
  @RequirePermission('reports:write')
  @UseInterceptors(upload)
  @ApiOperation({
    summary: 'Apply a filled workbook: all its changes in one transaction, or none',
    description:
      'The same checks as the preview; any invalid row refuses the whole workbook (422 WORKBOOK_INVALID with `rows`), any conflict too (412 WORKBOOK_CONFLICT with `rows`). Each changed row is saved with If-Match of its version column.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  @ApiOkResponse({ type: WorkbookApplyDto })
  @ApiProblems(400, 403, 404, 409, 412, 413, 415, 422)
  apply(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('code', stateCode) code: string, @UploadedFile() file?: { buffer: Buffer }): Promise<ApplyResult> {
    return this.workbooks.apply(user, id, code, file?.buffer);
  }
}
