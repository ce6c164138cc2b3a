import { Controller, HttpCode, Post, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Request, Response } from 'express';
import { ApiProblems, CurrentUser, uploadedFileName } from '#common';
import { CatalogueError, CatalogueImportService } from '#catalogue';
import { RequirePermission, type AuthUser } from '#auth';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

class ImportQuery {
  @ApiPropertyOptional({ type: Boolean, default: true, description: 'true: only show what would be imported' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun: boolean = true;
}

interface UploadedText {
  buffer: Buffer;
  originalname: string;
}

/** The report's text from a text/plain body or a multipart `file`, decoded strictly as UTF-8. */
function reportText(req: Request & { file?: UploadedText }): { text: string; fileName?: string } {
  const decode = (bytes: Buffer) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      throw new CatalogueError('UNSUPPORTED_IMPORT', 'The file is not UTF-8 text.');
    }
  };
  if (req.file) {
    if (req.file.buffer.includes(0)) throw new CatalogueError('UNSUPPORTED_IMPORT', 'The file is binary, not a text report.');
    return { text: decode(req.file.buffer), fileName: uploadedFileName(req.file.originalname) };
  }
  if (typeof req.body === 'string') return { text: req.body };
  throw new CatalogueError('UNSUPPORTED_IMPORT');
}

@ApiTags('catalogue')
@Controller('imports')
export class ImportsController {
  constructor(private readonly importer: CatalogueImportService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('catalogue:write')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  @ApiOperation({
    summary: 'Import a meeting report (text) into the catalogue',
    description:
      'dryRun=true (default) answers the import plan without touching the database. dryRun=false applies it: ' +
      '201 when applied, 200 when the same file was already imported (nothing changes).',
  })
  @ApiConsumes('text/plain', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', description: 'The report as UTF-8 text' },
        { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
      ],
    },
  })
  @ApiOkResponse({ description: 'The plan (dry run), or { summary, plan } when unchanged', schema: { type: 'object', additionalProperties: true } })
  @ApiProblems(400, 413, 415, 422)
  async import(@CurrentUser() user: AuthUser, @Query() query: ImportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { text, fileName } = reportText(req);
    if (query.dryRun) return this.importer.plan(text, fileName);
    const result = await this.importer.apply(text, fileName, user);
    res.status(result.summary.status === 'applied' ? 201 : 200);
    return result;
  }
}
