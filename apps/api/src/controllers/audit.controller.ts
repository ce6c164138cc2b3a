import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { ApiPageResponse, ApiProblems, CurrentUser, type Page } from '#common';
import { AUDIT_EXPORT_MAX_ROWS, AuditEventDto, AuditFilterQuery, AuditService, ListAuditQuery } from '#audit';
import { RequirePermission, type AuthUser } from '#auth';
import { contentDisposition } from '#exports';
import { auditCsv } from '../audit-csv.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit:read')
  @ApiOperation({ summary: 'The audit trail, newest first (append-only), with each actor’s e-mail and name' })
  @ApiPageResponse(AuditEventDto)
  @ApiProblems(400)
  async list(@Query() query: ListAuditQuery): Promise<Page<AuditEventDto>> {
    const page = await this.audit.list(query);
    return { ...page, items: page.items.map(AuditEventDto.from) };
  }

  @Get('export.csv')
  @RequirePermission('audit:read')
  @ApiOperation({
    summary: 'The audit trail as CSV (same filters as the list), newest first',
    description:
      `UTF-8 with a BOM, a header row, CRLF line ends; changes and metadata as JSON cells. At most ${AUDIT_EXPORT_MAX_ROWS} rows: ` +
      'X-Total-Count says how many matched, X-Export-Truncated: true when that is more. The export itself is audited (audit.exported).',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The CSV file (attachment)',
    content: { 'text/csv': { schema: { type: 'string' } } },
    headers: {
      'X-Total-Count': { description: 'Events matching the filters', schema: { type: 'integer' } },
      'X-Export-Truncated': { description: `true when more than ${AUDIT_EXPORT_MAX_ROWS} matched`, schema: { type: 'string', enum: ['true', 'false'] } },
    },
  })
  @ApiProblems(400)
  async exportCsv(@CurrentUser() actor: AuthUser, @Query() query: AuditFilterQuery, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    // Recorded first, so the file (when the filters match it) and its count include the export itself.
    await this.audit.record({ actor: { id: actor.id, role: actor.role }, action: 'audit.exported', metadata: { filters: { ...query } } });
    const total = await this.audit.count(query);
    res.setHeader('Content-Disposition', contentDisposition(`audit-${new Date().toISOString().slice(0, 10)}.csv`));
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('X-Export-Truncated', String(total > AUDIT_EXPORT_MAX_ROWS));
    return new StreamableFile(Readable.from(auditCsv(this.audit.stream(query))), { type: 'text/csv; charset=utf-8' });
  }
}
