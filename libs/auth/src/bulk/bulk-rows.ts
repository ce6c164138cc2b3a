import { isEmail } from 'class-validator';
import { BULK_ROW_PROBLEMS, UI_LANGUAGE_NAMES, UI_LANGUAGES, type BulkRowProblemCode, type UiLanguage } from '#contracts';

/**
 * The rules of a bulk invitation file, pure: which row is the header, what each cell means, and every problem of
 * every row. The service adds what only the database knows (e-mails already taken) and writes nothing until no row
 * has a problem.
 */

export const BULK_MAX_ROWS = 500;
export const BULK_MAX_BYTES = 1024 * 1024;
const NAME_MAX = 200;
const EMAIL_MAX = 254;
/** The header is looked for in the first rows only (a title line or two above it is common). */
const HEADER_SEARCH_ROWS = 10;

export type BulkColumn = 'email' | 'name' | 'state' | 'language';
const REQUIRED_COLUMNS: readonly BulkColumn[] = ['email', 'name', 'state'];

/** Header cells, compared without case, spaces, dashes, underscores or dots. */
const HEADER_NAMES: Record<string, BulkColumn> = {
  email: 'email',
  mail: 'email',
  emailaddress: 'email',
  name: 'name',
  fullname: 'name',
  state: 'state',
  statecode: 'state',
  statename: 'state',
  country: 'state',
  countrycode: 'state',
  memberstate: 'state',
  language: 'language',
  lang: 'language',
  languagecode: 'language',
  uilanguage: 'language',
  interfacelanguage: 'language',
};

export interface BulkStateEntry {
  code: string;
  names: Record<string, string>;
  aliases?: Record<string, string[]>;
}

export interface BulkRowProblem {
  code: BulkRowProblemCode;
  field: BulkColumn;
  message: string;
}

export interface BulkRow {
  /** The row's number in the file (1-based, as a spreadsheet shows it). */
  row: number;
  /** The cells as read (trimmed). */
  input: Record<BulkColumn, string>;
  /** Normalised e-mail (lower case), null when missing or invalid. */
  email: string | null;
  name: string | null;
  state: { code: string; names: Record<string, string> } | null;
  language: UiLanguage | null;
  problems: BulkRowProblem[];
}

export interface BulkSheet {
  /** Rows of cells, each with its number in the file. */
  rows: { number: number; cells: string[] }[];
}

export type BulkSheetProblem =
  | { code: 'BULK_HEADER_MISSING'; missing: BulkColumn[] }
  | { code: 'BULK_EMPTY' }
  | { code: 'BULK_TOO_MANY_ROWS'; rows: number };

const problem = (code: BulkRowProblemCode): BulkRowProblem => ({ code, field: BULK_ROW_PROBLEMS[code].field, message: BULK_ROW_PROBLEMS[code].message });

const headerKey = (cell: string) => cell.normalize('NFKC').toLowerCase().replace(/[\s\-_.:*]/g, '');

/** Column index of each known column in a row, if the row names at least the required ones. */
function headerColumns(cells: string[]): { columns: Partial<Record<BulkColumn, number>>; found: number } {
  const columns: Partial<Record<BulkColumn, number>> = {};
  cells.forEach((cell, i) => {
    const column = HEADER_NAMES[headerKey(cell)];
    if (column && columns[column] === undefined) columns[column] = i;
  });
  return { columns, found: REQUIRED_COLUMNS.filter((c) => columns[c] !== undefined).length };
}

/**
 * A name as compared: trimmed, inner spaces collapsed, typographic apostrophes and dashes made plain, lower case;
 * Latin-script text also loses its accents (Côte d’Ivoire = cote d'ivoire). Other scripts keep every mark.
 */
export function nameKey(text: string): string {
  const plain = text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const latin = /^[\p{Script=Latin}\p{Script=Common}\p{M}]*$/u.test(plain);
  return latin ? plain.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : plain;
}

/** Every State's code, names (six languages) and aliases → the codes they may mean. */
export function stateIndex(states: readonly BulkStateEntry[]): { byCode: Map<string, BulkStateEntry>; byName: Map<string, Set<string>> } {
  const byCode = new Map(states.map((s) => [s.code, s]));
  const byName = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const key = nameKey(name);
    if (key) byName.set(key, (byName.get(key) ?? new Set()).add(code));
  };
  for (const s of states) {
    for (const name of Object.values(s.names)) add(name, s.code);
    for (const list of Object.values(s.aliases ?? {})) for (const alias of list) add(alias, s.code);
  }
  return { byCode, byName };
}

const LANGUAGE_BY_KEY: Map<string, UiLanguage> = new Map(
  UI_LANGUAGES.flatMap((code) => [
    [code, code],
    [nameKey(UI_LANGUAGE_NAMES[code].own), code],
    [nameKey(UI_LANGUAGE_NAMES[code].en), code],
  ]),
);

/** A language cell: empty is English; else a code (en, FR, zh-CN) or the language's name in itself or in English. */
export function parseLanguage(cell: string): UiLanguage | null {
  const text = cell.trim();
  if (!text) return 'en';
  const key = nameKey(text);
  return LANGUAGE_BY_KEY.get(key) ?? LANGUAGE_BY_KEY.get(key.split(/[-_]/)[0]) ?? null;
}

/**
 * Reads the sheet: finds the header, checks every row (format and the file itself; `taken` says which normalised
 * e-mails already have an account). A problem of the whole sheet comes back instead of rows.
 */
export async function checkBulkSheet(
  sheet: BulkSheet,
  states: ReturnType<typeof stateIndex>,
  taken: (emails: string[]) => Promise<Set<string>>,
): Promise<{ rows: BulkRow[] } | { sheetProblem: BulkSheetProblem }> {
  let best = { index: -1, columns: {} as Partial<Record<BulkColumn, number>>, found: 0 };
  for (const [index, row] of sheet.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const header = headerColumns(row.cells);
    if (header.found > best.found) best = { index, ...header };
    if (header.found === REQUIRED_COLUMNS.length) break;
  }
  if (best.found < REQUIRED_COLUMNS.length) {
    return { sheetProblem: { code: 'BULK_HEADER_MISSING', missing: REQUIRED_COLUMNS.filter((c) => best.columns[c] === undefined) } };
  }
  const cell = (cells: string[], column: BulkColumn) => {
    const i = best.columns[column];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const people = sheet.rows.slice(best.index + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (people.length === 0) return { sheetProblem: { code: 'BULK_EMPTY' } };
  if (people.length > BULK_MAX_ROWS) return { sheetProblem: { code: 'BULK_TOO_MANY_ROWS', rows: people.length } };

  const firstRowOf = new Map<string, number>();
  const rows: BulkRow[] = people.map(({ number, cells }) => {
    const input = { email: cell(cells, 'email'), name: cell(cells, 'name'), state: cell(cells, 'state'), language: cell(cells, 'language') };
    const problems: BulkRowProblem[] = [];

    // Spreadsheets often keep a mailto: link's prefix or the <angle brackets> of a copied address.
    const address = input.email.replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim();
    let email: string | null = null;
    if (!address) problems.push(problem('BULK_EMAIL_MISSING'));
    else if (address.length > EMAIL_MAX || !isEmail(address)) problems.push(problem('BULK_EMAIL_INVALID'));
    else {
      email = address.toLowerCase();
      if (firstRowOf.has(email)) problems.push({ ...problem('BULK_EMAIL_DUPLICATE_IN_FILE'), message: `${BULK_ROW_PROBLEMS.BULK_EMAIL_DUPLICATE_IN_FILE.message} (row ${firstRowOf.get(email)})` });
      else firstRowOf.set(email, number);
    }

    const trimmedName = input.name.replace(/\s+/g, ' ').trim();
    let name: string | null = trimmedName || null;
    if (!name) problems.push(problem('BULK_NAME_MISSING'));
    else if (name.length > NAME_MAX) {
      problems.push(problem('BULK_NAME_TOO_LONG'));
      name = null;
    }

    let state: BulkRow['state'] = null;
    if (!input.state) problems.push(problem('BULK_STATE_MISSING'));
    else {
      const byCode = /^[A-Za-z]{3}$/.test(input.state) ? states.byCode.get(input.state.toUpperCase()) : undefined;
      const codes = byCode ? new Set([byCode.code]) : (states.byName.get(nameKey(input.state)) ?? new Set<string>());
      if (codes.size === 0) problems.push(problem('BULK_STATE_UNKNOWN'));
      else if (codes.size > 1) problems.push({ ...problem('BULK_STATE_AMBIGUOUS'), message: `${BULK_ROW_PROBLEMS.BULK_STATE_AMBIGUOUS.message} (${[...codes].sort().join(', ')})` });
      else {
        const found = states.byCode.get([...codes][0])!;
        state = { code: found.code, names: found.names };
      }
    }

    const language = parseLanguage(input.language);
    if (!language) problems.push(problem('BULK_LANGUAGE_UNKNOWN'));

    return { row: number, input, email, name, state, language, problems };
  });

  const existing = await taken([...firstRowOf.keys()]);
  for (const row of rows) if (row.email && existing.has(row.email)) row.problems.push(problem('BULK_EMAIL_TAKEN'));
  return { rows };
}
