import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiPageResponse, ApiProblems, CurrentUser, ETAG_HEADER, LIST_ETAG_HEADER, StateCodeParam, uuidParam, VersionedResource, type Page } from '#common';
import {
  BulkSaveDto,
  CommentDto,
  EvidenceService,
  EvidenceUploadDto,
  MAX_EVIDENCE_BYTES,
  ReportContentDto,
  ReportDto,
  QuestionnaireQuery,
  ReportRowDto,
  ReportsService,
  ReviewDto,
  ReviewQueueItemDto,
  ReviewQueueQuery,
  RowLangQuery,
  rfc8187,
  HistoryDto,
  HistoryReviewDto,
} from '#reporting';
import { RequirePermission, type AuthUser } from '#auth';

const stateCode = new StateCodeParam();
const ETAG = ETAG_HEADER;

@ApiTags('reporting')
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly evidence: EvidenceService,
  ) {}

  @Get('cycles/:id/states/:code/reports')
  @RequirePermission('reports:read')
  @ApiOperation({
    summary: 'A State’s questionnaire, paged: one row per in-scope recommendation ("not_started" = no information)',
    description: 'Each row carries the recommendation’s reference, text (in `lang`, else English, else its source language; `textLanguage` says which), section, session and, for a sub-item, its parent’s opening words.',
  })
  @ApiPageResponse(ReportRowDto, { headers: LIST_ETAG_HEADER })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of an earlier answer: 304 Not Modified (no body) while the questionnaire is unchanged' })
  @ApiResponse({ status: 304, description: 'Not Modified: the questionnaire is as in the answer whose ETag was sent', headers: LIST_ETAG_HEADER })
  @ApiProblems(400, 404)
  async list(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('code', stateCode) code: string,
    @Query() query: QuestionnaireQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Page<ReportRowDto> | undefined> {
    const { tag, page } = await this.reports.questionnaire(user, id, code, query, ifNoneMatch);
    res.setHeader('ETag', tag);
    if (!page) res.status(304);
    return page ?? undefined;
  }

  @Put('cycles/:id/states/:code/reports')
  @RequirePermission('reports:write')
  @ApiOperation({ summary: 'Save many drafts in one transaction (all or nothing); answers the saved items’ rows as one page' })
  @ApiPageResponse(ReportRowDto)
  @ApiProblems(400, 404, 409, 412, 428)
  saveMany(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('code', stateCode) code: string,
    @Query() query: RowLangQuery,
    @Body() dto: BulkSaveDto,
  ): Promise<Page<ReportRowDto>> {
    return this.reports.saveMany(user, id, code, dto.items, query.lang);
  }

  @Get('cycles/:id/states/:code/reports/:recommendationId')
  @RequirePermission('reports:read')
  @ApiOperation({ summary: 'One report, with its ETag; one not saved yet is an empty draft ("not_started", no ETag)' })
  @ApiOkResponse({ type: ReportDto, headers: ETAG })
  @ApiProblems(400, 404)
  @VersionedResource()
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) cycleId: string,
    @Param('code', stateCode) stateCode: string,
    @Param('recommendationId', uuidParam('recommendationId')) recommendationId: string,
  ): Promise<ReportDto> {
    return this.reports.get(user, { cycleId, stateCode, recommendationId });
  }

  @Put('cycles/:id/states/:code/reports/:recommendationId')
  @RequirePermission('reports:write')
  @ApiOperation({ summary: 'Save the draft: 201 the first time, then If-Match is required (428 without, 412 when stale)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Required once the report exists' })
  @ApiOkResponse({ type: ReportDto, headers: ETAG })
  @ApiCreatedResponse({ type: ReportDto, headers: ETAG })
  @ApiProblems(400, 404, 409, 412, 428)
  @VersionedResource()
  async save(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) cycleId: string,
    @Param('code', stateCode) stateCode: string,
    @Param('recommendationId', uuidParam('recommendationId')) recommendationId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: ReportContentDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReportDto> {
    const { report, created } = await this.reports.save(user, { cycleId, stateCode, recommendationId }, ifMatch, dto);
    res.status(created ? 201 : 200);
    return report;
  }

  @Post('cycles/:id/states/:code/reports/:recommendationId/submit')
  @RequirePermission('reports:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit (freezes a version; submitting twice changes nothing)' })
  @ApiOkResponse({ type: ReportDto, headers: ETAG })
  @ApiProblems(400, 404, 409, 422)
  @VersionedResource()
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) cycleId: string,
    @Param('code', stateCode) stateCode: string,
    @Param('recommendationId', uuidParam('recommendationId')) recommendationId: string,
  ): Promise<ReportDto> {
    return this.reports.submit(user, { cycleId, stateCode, recommendationId });
  }

  @Post('cycles/:id/states/:code/reports/:recommendationId/withdraw')
  @RequirePermission('reports:write')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a submitted, not yet reviewed report back to draft' })
  @ApiOkResponse({ type: ReportDto, headers: ETAG })
  @ApiProblems(400, 404, 409)
  @VersionedResource()
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) cycleId: string,
    @Param('code', stateCode) stateCode: string,
    @Param('recommendationId', uuidParam('recommendationId')) recommendationId: string,
  ): Promise<ReportDto> {
    return this.reports.withdraw(user, { cycleId, stateCode, recommendationId });
  }

  @Get('review-queue')
  @RequirePermission('reports:review')
  @ApiOperation({ summary: 'Submitted and under-review reports, oldest first, each with its files and what it is about' })
  @ApiPageResponse(ReviewQueueItemDto)
  @ApiProblems(400)
  queue(@Query() query: ReviewQueueQuery): Promise<Page<ReviewQueueItemDto>> {
    return this.reports.queue(query);
  }

  @Post('reports/:id/review')
  @RequirePermission('reports:review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start review, accept, or return (a comment is required to return)' })
  @ApiOkResponse({ type: ReportDto, headers: ETAG })
  @ApiProblems(400, 404, 409)
  @VersionedResource()
  review(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: ReviewDto): Promise<ReportDto> {
    return this.reports.review(user, id, dto);
  }

  @Get('reports/:id/history')
  @RequirePermission('reports:read')
  @ApiOperation({ summary: 'Every submitted version with its content, and every review and comment' })
  @ApiOkResponse({ type: HistoryDto })
  @ApiProblems(400, 404)
  history(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string): Promise<HistoryDto> {
    return this.reports.history(user, id);
  }

  @Post('reports/:id/comments')
  @RequirePermission('reports:comment')
  @ApiOperation({ summary: 'Comment on a report' })
  @ApiCreatedResponse({ type: HistoryReviewDto })
  @ApiProblems(400, 404)
  comment(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Body() dto: CommentDto): Promise<HistoryReviewDto> {
    return this.reports.comment(user, id, dto);
  }

  @Post('cycles/:id/states/:code/reports/:recommendationId/evidence')
  @RequirePermission('reports:write')
  // preservePath: see the name as sent, so a name with a path is refused rather than silently trimmed.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1 }, preservePath: true }))
  @ApiOperation({ summary: 'Attach an evidence file (PDF, DOCX, XLSX or image, ≤ 10 MB, type checked by content; per-report and per-State quotas: 413)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiCreatedResponse({ type: EvidenceUploadDto, description: 'The file, and the report it changed; the ETag is the report’s new version', headers: ETAG })
  @ApiProblems(400, 404, 409, 413, 415, 422)
  @VersionedResource((body) => (body as EvidenceUploadDto).report.version)
  upload(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) cycleId: string,
    @Param('code', stateCode) stateCode: string,
    @Param('recommendationId', uuidParam('recommendationId')) recommendationId: string,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
  ): Promise<EvidenceUploadDto> {
    return this.reports.attachEvidence(user, { cycleId, stateCode, recommendationId }, file);
  }

  @Get('reports/:id/evidence/:fileId')
  @RequirePermission('reports:read')
  @ApiOperation({ summary: 'Download an evidence file (always as an attachment)' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 403, 404)
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', uuidParam()) id: string,
    @Param('fileId', uuidParam('fileId')) fileId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { file, data } = await this.evidence.download(user, id, fileId);
    // Served as a download with the detected type, never rendered inline.
    res.setHeader('Content-Type', file.contentType);
    // The plain filename is ASCII (the id and the detected extension); the stored name, free of control and bidi
    // characters since upload, goes fully percent-encoded in filename*.
    const extension = file.fileName.includes('.') ? file.fileName.slice(file.fileName.lastIndexOf('.')).replace(/[^A-Za-z0-9.]/g, '') : '';
    res.setHeader('Content-Disposition', `attachment; filename="evidence-${file.id}${extension}"; filename*=UTF-8''${rfc8187(file.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // A State's evidence is never kept by a browser or a shared cache.
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(data);
  }

  @Delete('reports/:id/evidence/:fileId')
  @RequirePermission('reports:write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an evidence file from a draft (kept for the versions that cite it, deleted otherwise)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  remove(@CurrentUser() user: AuthUser, @Param('id', uuidParam()) id: string, @Param('fileId', uuidParam('fileId')) fileId: string): Promise<void> {
    return this.evidence.remove(user, id, fileId);
  }
}
