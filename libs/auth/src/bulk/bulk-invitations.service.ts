import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth-user.js';
import { STATE_DIRECTORY, type StateDirectory } from '../state-directory.js';
import { UsersService, type InvitedUser } from '../users.service.js';
import { BulkInvitationError } from './bulk-errors.js';
import { BulkFileError, readBulkFile } from './bulk-file.js';
import { BULK_MAX_ROWS, checkBulkSheet, stateIndex, type BulkRow } from './bulk-rows.js';

export interface BulkTotals {
  rows: number;
  valid: number;
  withProblems: number;
  problems: number;
}

export interface BulkPreview {
  format: 'csv' | 'xlsx';
  /** True when no row has a problem: sending the same file to POST /api/users/bulk-invitations will invite them all. */
  ready: boolean;
  totals: BulkTotals;
  rows: BulkRow[];
}

export interface BulkInvitationResult {
  batch: string;
  totals: BulkTotals;
  invited: InvitedUser[];
}

const totalsOf = (rows: BulkRow[]): BulkTotals => {
  const withProblems = rows.filter((r) => r.problems.length > 0).length;
  return { rows: rows.length, valid: rows.length - withProblems, withProblems, problems: rows.reduce((n, r) => n + r.problems.length, 0) };
};

/**
 * The bulk invitation of focal points from a CSV or XLSX file (one row per person: e-mail, name, State, language).
 * The preview reads and checks every row and writes nothing; the invitation does the same checks and, only when no
 * row has a problem, creates every account with its invitation in one transaction (UsersService.inviteMany).
 */
@Injectable()
export class BulkInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    @Optional() @Inject(STATE_DIRECTORY) private readonly stateDirectory?: StateDirectory,
  ) {}

  async preview(file: { buffer: Buffer } | undefined): Promise<BulkPreview> {
    if (!file) throw new BulkInvitationError('NO_FILE');
    let sheet;
    try {
      sheet = await readBulkFile(file.buffer);
    } catch (error) {
      if (error instanceof BulkFileError) throw new BulkInvitationError(error.code, error.message);
      throw error;
    }
    const states = stateIndex(this.stateDirectory ? await this.stateDirectory.entries() : []);
    const checked = await checkBulkSheet(sheet, states, (emails) => this.taken(emails));
    if ('sheetProblem' in checked) {
      const p = checked.sheetProblem;
      if (p.code === 'BULK_HEADER_MISSING') {
        throw new BulkInvitationError('BULK_HEADER_MISSING', `No header row names the column(s) ${p.missing.join(', ')} (look for e-mail, name, state, language).`, { missing: p.missing });
      }
      if (p.code === 'BULK_TOO_MANY_ROWS') throw new BulkInvitationError('BULK_TOO_MANY_ROWS', `The file has ${p.rows} people; at most ${BULK_MAX_ROWS} at once.`, { rows: p.rows, max: BULK_MAX_ROWS });
      throw new BulkInvitationError('BULK_EMPTY');
    }
    const totals = totalsOf(checked.rows);
    return { format: sheet.format, ready: totals.withProblems === 0, totals, rows: checked.rows };
  }

  async invite(actor: AuthUser, file: { buffer: Buffer } | undefined): Promise<BulkInvitationResult> {
    const preview = await this.preview(file);
    if (!preview.ready) {
      throw new BulkInvitationError('BULK_INVITATION_INVALID', undefined, { totals: preview.totals, rows: preview.rows.filter((r) => r.problems.length > 0) });
    }
    const { batch, invited } = await this.users.inviteMany(
      actor,
      preview.rows.map((r) => ({ row: r.row, email: r.email!, name: r.name!, role: 'focal_point', stateCode: r.state!.code, language: r.language! })),
    );
    return { batch, totals: preview.totals, invited };
  }

  /** Which of these (normalised) e-mails already have an account. */
  private async taken(emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows: { email: string }[] = await this.dataSource.query(`SELECT email FROM users WHERE email = ANY($1::text[])`, [emails]);
    return new Set(rows.map((r) => r.email));
  }
}
