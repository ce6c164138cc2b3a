import { Controller, HttpCode, Post, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Request, Response } from 'express';
import { ApiProblems, CurrentUser, uploadedFileName } from '#common';
import { CatalogueError, CatalogueImportService, ImportPreviewDto, ImportResultDto } from '#catalogue';
import { RequirePermission, type AuthUser } from '#auth';

/** Official PDFs with fonts run to several megabytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

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

/** The uploaded file, or the text/plain body. */
function upload(req: Request & { file?: UploadedText }): { bytes?: Uint8Array; text?: string; fileName?: string } {
  if (req.file) return { bytes: req.file.buffer, fileName: uploadedFileName(req.file.originalname) };
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
    summary: 'Import a meeting report (text, PDF or Word .docx; any of the six UN languages) into the catalogue',
    description:
      'dryRun=true (default) answers the import plan without touching the database. dryRun=false applies it: ' +
      '201 when applied, 200 when the same file was already imported (nothing changes). A multipart file is read by ' +
      'its bytes: UTF-8 (or UTF-16 with BOM) text, PDF (text layer) or .docx; other files get 415 UNSUPPORTED_IMPORT ' +
      'and unreadable PDF/Word files 422 UNREADABLE_IMPORT, naming what was found. A text in which nothing of a ' +
      'report is found, or whose language cannot be told, is refused with 422 (IMPORT_NOTHING_FOUND, ' +
      'IMPORT_LANGUAGE_UNKNOWN). A language version of a report already in the record attaches its texts to the ' +
      'same recommendations (see `versions` in the plan). The dry run\'s `record` compares every paragraph with the record\'s ' +
      'current text in the document\'s language (new, changed, unchanged), read only.',
  })
  @ApiConsumes('text/plain', 'multipart/form-data')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', description: 'The report as UTF-8 text' },
        { type: 'object', properties: { file: { type: 'string', format: 'binary', description: 'A .txt (UTF-8), .pdf or .docx file' } }, required: ['file'] },
      ],
    },
  })
  @ApiExtraModels(ImportPreviewDto, ImportResultDto)
  @ApiOkResponse({
    description: 'The plan compared with the record (dry run: `record` holds each paragraph beside the record’s text), or { summary, plan } when unchanged',
    schema: { oneOf: [{ $ref: getSchemaPath(ImportPreviewDto) }, { $ref: getSchemaPath(ImportResultDto) }] },
  })
  @ApiCreatedResponse({ description: 'Applied', type: ImportResultDto })
  @ApiProblems(400, 413, 415, 422)
  async import(@CurrentUser() user: AuthUser, @Query() query: ImportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { bytes, text: body, fileName } = upload(req);
    // A file is read by its bytes: text, PDF or Word (.docx); anything else is refused naming what it is.
    const text = bytes ? (await this.importer.readDocument(bytes)).text : body!;
    if (query.dryRun) return this.importer.plan(text, fileName);
    const result = await this.importer.apply(text, fileName, user);
    res.status(result.summary.status === 'applied' ? 201 : 200);
    return result;
  }
}
