import { hkdfSync } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CommonError, type Page } from '#common';
import { recommendationTextIn } from '#catalogue';
import { CONTENT_TYPES, docLanguage, type RenderedExport } from '#exports';
import { EMPTY_CONTENT, ReportError, reportAccess, type BulkReportItemDto, type ReportActor, type ReportContent, type ReportRowDto, type ReportsService } from '#reporting';
import { compareWorkbook, saveItems } from './compare.js';
import { renderQuestionnaireForm } from './form.js';
import { WorkbookError, type CurrentAnswer, type QuestionnaireHeader, type QuestionnaireItem, type WorkbookPreview } from './model.js';
import { readQuestionnaireWorkbook } from './reader.js';
import { writeQuestionnaireWorkbook } from './writer.js';

/** The seal's key: HKDF over the server's secret, for this use only (a forged marker or row fails its check). */
export function workbookKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), Buffer.from('wg4 questionnaire workbook seal v1'), 32));
}

interface ItemRow {
  recommendationId: string;
  reference: string;
  text: Record<string, string>;
  workflowState: string | null;
  version: number | null;
  visible: boolean;
  implementationStatus: ReportContent['implementationStatus'];
  narrative: Record<string, string> | null;
  measures: ReportContent['measures'] | null;
  evidence: ReportContent['evidence'] | null;
  challenges: string | null;
  assistanceNeeded: boolean | null;
  assistanceDetails: string | null;
  assistanceType: ReportContent['assistanceType'];
}

export interface ApplyResult {
  applied: number;
  unchanged: number;
  rows: Page<ReportRowDto> | null;
}

/**
 * The offline questionnaire of a State in a cycle: the workbook and the printable form to download, and the filled
 * workbook uploaded back — previewed, then applied all or nothing through the reports service's bulk save (so the
 * rules of answers and the workflow stay in one place, and each row keeps If-Match semantics by its version).
 */
export class QuestionnaireWorkbookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly key: Buffer,
  ) {}

  /** The header and the rows, as `actor` may see them (the secretariat never sees a draft's content). */
  private async load(actor: ReportActor, cycleId: string, stateCode: string, mode: 'read' | 'write', langParam?: string) {
    const viewer = reportAccess.state(actor, stateCode, mode);
    const lang = docLanguage(langParam);
    const [cycle]: { name: string; status: string }[] = await this.dataSource.query(`SELECT name, status FROM reporting_cycles WHERE id = $1`, [cycleId]);
    if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
    // An upload to a closed cycle is refused before its file is read (the bulk save would refuse it anyway).
    if (mode === 'write') reportAccess.assertCycleOpen(cycle);
    const [state]: { names: Record<string, string> }[] = await this.dataSource.query(`SELECT names FROM states WHERE code = $1`, [stateCode]);
    if (!state) throw new ReportError('STATE_NOT_FOUND');
    const rows: ItemRow[] = await this.dataSource.query(
      `SELECT cr.recommendation_id AS "recommendationId", r.reference, r.text, ir.workflow_state AS "workflowState", ir.version,
              ${reportAccess.contentVisibleSql('$3', 'ir.workflow_state')} AS visible,
              ir.implementation_status AS "implementationStatus", ir.narrative, ir.measures, ir.evidence, ir.challenges,
              ir.assistance_needed AS "assistanceNeeded", ir.assistance_details AS "assistanceDetails", ir.assistance_type AS "assistanceType"
         FROM cycle_recommendations cr
         JOIN recommendations r ON r.id = cr.recommendation_id
         JOIN sessions s ON s.id = r.session_id
         LEFT JOIN implementation_reports ir ON ir.cycle_id = cr.cycle_id AND ir.recommendation_id = cr.recommendation_id AND ir.state_code = $2
        WHERE cr.cycle_id = $1
        ORDER BY s.number, r.ordinal`,
      [cycleId, stateCode, viewer],
    );
    const header: QuestionnaireHeader = { cycleId, cycleName: cycle.name, stateCode, stateName: recommendationTextIn(state.names, lang).text ?? stateCode, lang };
    const items: QuestionnaireItem[] = rows.map((r) => ({
      recommendationId: r.recommendationId,
      reference: r.reference,
      text: recommendationTextIn(r.text, lang).text,
      workflowState: r.workflowState ?? 'not_started',
      version: r.version,
      content:
        r.workflowState && r.visible
          ? {
              implementationStatus: r.implementationStatus,
              narrative: r.narrative ?? {},
              measures: r.measures ?? [],
              evidence: r.evidence ?? [],
              challenges: r.challenges,
              assistanceNeeded: r.assistanceNeeded ?? false,
              assistanceDetails: r.assistanceDetails,
              assistanceType: r.assistanceType,
            }
          : null,
    }));
    return { header, items };
  }

  private fileName(header: QuestionnaireHeader, ext: string): string {
    return `questionnaire-${header.stateCode}-${header.cycleName.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60)}-${header.lang}.${ext}`;
  }

  async workbook(actor: ReportActor, cycleId: string, stateCode: string, lang?: string): Promise<RenderedExport> {
    const { header, items } = await this.load(actor, cycleId, stateCode, 'read', lang);
    return { body: await writeQuestionnaireWorkbook(header, items, this.key), contentType: CONTENT_TYPES.xlsx, fileName: this.fileName(header, 'xlsx') };
  }

  async form(actor: ReportActor, cycleId: string, stateCode: string, format: 'pdf' | 'docx', lang?: string): Promise<RenderedExport> {
    const { header, items } = await this.load(actor, cycleId, stateCode, 'read', lang);
    return { body: await renderQuestionnaireForm(header, items, format), contentType: CONTENT_TYPES[format], fileName: this.fileName(header, format) };
  }

  private async compare(actor: ReportActor, cycleId: string, stateCode: string, file: Buffer | undefined) {
    const { items } = await this.load(actor, cycleId, stateCode, 'write');
    if (!file) throw new ReportError('NO_FILE');
    const parsed = await readQuestionnaireWorkbook(file, this.key, { cycleId, stateCode, maxRows: items.length });
    const current = new Map<string, CurrentAnswer>(
      items.map((i) => [i.recommendationId, { reference: i.reference, workflowState: i.workflowState, version: i.version, content: i.content ?? EMPTY_CONTENT }]),
    );
    return { parsed, current, preview: compareWorkbook(parsed, current) };
  }

  /** What the workbook would change, row by row; nothing is written. */
  async preview(actor: ReportActor, cycleId: string, stateCode: string, file: Buffer | undefined): Promise<WorkbookPreview> {
    return (await this.compare(actor, cycleId, stateCode, file)).preview;
  }

  /**
   * Applies the workbook, all or nothing: any invalid row refuses it (422 WORKBOOK_INVALID), any conflict too (412
   * WORKBOOK_CONFLICT), each with the preview's rows; then the changed rows are saved in one transaction by the bulk
   * save, each with If-Match of its version (a save online in between is a conflict again).
   */
  async apply(actor: ReportActor, cycleId: string, stateCode: string, file: Buffer | undefined): Promise<ApplyResult> {
    const { parsed, current, preview } = await this.compare(actor, cycleId, stateCode, file);
    const refused = (outcome: 'invalid' | 'conflict') => preview.rows.filter((r) => r.outcome === outcome);
    if (preview.counts.invalid) throw new WorkbookError('WORKBOOK_INVALID', undefined, { rows: refused('invalid'), counts: preview.counts });
    if (preview.counts.conflict) throw new WorkbookError('WORKBOOK_CONFLICT', undefined, { rows: refused('conflict'), counts: preview.counts });
    // A cleared status is null: the save merges it as such (the DTO's type says only "absent").
    const items = saveItems(parsed, preview, current);
    if (items.length === 0) return { applied: 0, unchanged: preview.counts.unchanged, rows: null };
    try {
      const rows = await this.reports.saveMany(actor, cycleId, stateCode, items as BulkReportItemDto[], parsed.lang);
      return { applied: items.length, unchanged: preview.counts.unchanged, rows };
    } catch (error) {
      // Someone saved online between the comparison and the save: the same answer as a conflict found before.
      if (error instanceof CommonError && error.code === 'PRECONDITION_FAILED') {
        const again = (await this.compare(actor, cycleId, stateCode, file)).preview;
        throw new WorkbookError('WORKBOOK_CONFLICT', undefined, { rows: again.rows.filter((r) => r.outcome === 'conflict'), counts: again.counts });
      }
      throw error;
    }
  }
}
