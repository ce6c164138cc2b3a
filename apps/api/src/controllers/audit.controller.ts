import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, type Page } from '#common';
import { AuditEventDto, AuditService, ListAuditQuery } from '#audit';
import { RequirePermission } from '#auth';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit:read')
  @ApiOperation({ summary: 'The audit trail, newest first (append-only)' })
  @ApiPageResponse(AuditEventDto)
  @ApiProblems(400)
  async list(@Query() query: ListAuditQuery): Promise<Page<AuditEventDto>> {
    const page = await this.audit.list(query);
    return { ...page, items: page.items.map(AuditEventDto.from) };
  }
}
