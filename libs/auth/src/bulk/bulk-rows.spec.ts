import { checkBulkSheet, nameKey, parseLanguage, stateIndex, type BulkSheet } from './bulk-rows.js';

const STATES = stateIndex([
  { code: 'CIV', names: { en: 'Côte d’Ivoire', fr: "Côte-d'Ivoire", ru: 'Кот-д’Ивуар' }, aliases: { en: ['Ivory Coast'] } },
  { code: 'COD', names: { en: 'Democratic Republic of the Congo', es: 'Congo' } },
  { code: 'COG', names: { en: 'Congo', fr: 'République du Congo' } },
  { code: 'RUS', names: { en: 'Russian Federation', ru: 'Российская Федерация' } },
  { code: 'CHN', names: { en: 'China', zh: '中国' } },
]);
const sheet = (...rows: string[][]): BulkSheet => ({ rows: rows.map((cells, i) => ({ number: i + 1, cells })) });
const none = async (_emails: string[]) => new Set<string>();
const rowsOf = async (s: BulkSheet, taken = none) => {
  const out = await checkBulkSheet(s, STATES, taken);
  if (!('rows' in out)) throw new Error(JSON.stringify(out));
  return out.rows;
};

describe('bulk invitation rows', () => {
  it('compares Latin names without case or accents, other scripts as written', () => {
    expect(nameKey('  CÔTE   d’IVOIRE ')).toBe("cote d'ivoire");
    expect(nameKey('Российская  Федерация')).toBe('российская федерация');
    expect(nameKey('中国')).toBe('中国');
  });

  it('reads languages as codes or names, empty as English', () => {
    expect(['', 'FR', 'zh-CN', 'Français', 'francais', 'Русский', 'العربية', '中文', 'Spanish'].map(parseLanguage)).toEqual(['en', 'fr', 'zh', 'fr', 'fr', 'ru', 'ar', 'zh', 'es']);
    expect(parseLanguage('Deutsch')).toBeNull();
  });

  it('finds the header below a title, in any order and spelling, and matches States by code, name or alias', async () => {
    const rows = await rowsOf(
      sheet(
        ['Invitations 2027'],
        ['Language', 'STATE', 'Full Name', 'E-Mail'],
        ['', 'civ', 'A', 'a@example.org'],
        ['fr', 'cote d’ivoire', 'B', 'mailto:B@Example.org'],
        ['', '', '', ''],
        ['ru', 'Российская Федерация', 'C', '<c@example.org>'],
        ['', 'ivory coast', 'D', 'd@example.org'],
      ),
    );
    expect(rows.map((r) => [r.row, r.email, r.state?.code, r.language, r.problems])).toEqual([
      [3, 'a@example.org', 'CIV', 'en', []],
      [4, 'b@example.org', 'CIV', 'fr', []],
      [6, 'c@example.org', 'RUS', 'ru', []],
      [7, 'd@example.org', 'CIV', 'en', []],
    ]);
  });

  it('gives every problem of every row, with its column', async () => {
    const rows = await rowsOf(
      sheet(
        ['email', 'name', 'state', 'language'],
        ['x@example.org', 'X', 'Congo', 'xx'],
        ['X@example.org', '', 'Narnia', 'en'],
        ['bad@', 'N'.repeat(201), '', ''],
        ['taken@example.org', 'T', 'CHN', ''],
      ),
      async (emails) => new Set(emails.filter((e) => e.startsWith('taken'))),
    );
    expect(rows.map((r) => r.problems.map((p) => `${p.field}:${p.code}`))).toEqual([
      ['state:BULK_STATE_AMBIGUOUS', 'language:BULK_LANGUAGE_UNKNOWN'],
      ['email:BULK_EMAIL_DUPLICATE_IN_FILE', 'name:BULK_NAME_MISSING', 'state:BULK_STATE_UNKNOWN'],
      ['email:BULK_EMAIL_INVALID', 'name:BULK_NAME_TOO_LONG', 'state:BULK_STATE_MISSING'],
      ['email:BULK_EMAIL_TAKEN'],
    ]);
    expect(rows[1].problems[0].message).toMatch(/row 2/);
    expect(rows[0].problems[0].message).toMatch(/COD, COG/);
  });

  it('refuses a sheet without the header, without people, or with too many', async () => {
    expect(await checkBulkSheet(sheet(['who', 'where'], ['a@example.org', 'KEN']), STATES, none)).toEqual({ sheetProblem: { code: 'BULK_HEADER_MISSING', missing: ['email', 'name', 'state'] } });
    expect(await checkBulkSheet(sheet(['email', 'name'], ['a@example.org', 'A']), STATES, none)).toEqual({ sheetProblem: { code: 'BULK_HEADER_MISSING', missing: ['state'] } });
    expect(await checkBulkSheet(sheet(['email', 'name', 'state'], ['', '', '']), STATES, none)).toEqual({ sheetProblem: { code: 'BULK_EMPTY' } });
    const many = sheet(['email', 'name', 'state'], ...Array.from({ length: 501 }, (_, i) => [`p${i}@example.org`, 'P', 'CHN']));
    expect(await checkBulkSheet(many, STATES, none)).toEqual({ sheetProblem: { code: 'BULK_TOO_MANY_ROWS', rows: 501 } });
  });
});
