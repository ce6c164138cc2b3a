import pg from 'pg';
import { recommendationTextIn, recommendationTextSql } from '#catalogue';

/**
 * The text rule (issue 14, item 3) lives twice: `recommendationTextIn` in TypeScript and `recommendationTextSql` in
 * the statements that pick a text inside PostgreSQL (summaries). This runs the SQL twin over literal jsonb values on the
 * real server and compares every answer with the helper's.
 */
const CASES: [unknown, string | null][] = [
  [{ en: 'E', fr: 'F' }, 'fr'],
  [{ en: 'E', fr: 'F' }, 'es'],
  [{ en: 'E', fr: 'F' }, null],
  [{ en: 'E', fr: 'F' }, ''],
  [{ zh: '中' }, 'fr'],
  [{ zh: '中' }, 'zh'],
  [{ zh: '中', ru: 'Р' }, null],
  [{ zh: '中', ar: 'ع', es: 'S' }, 'fr'],
  [{ en: '  ', zh: '中' }, 'en'],
  [{ en: '\n\t', fr: 'F' }, null],
  [{ fr: ' ', zh: ' ' }, 'fr'],
  [{ en: 'E', fr: '' }, 'fr'],
  [{ en: 7, zh: '中' }, null],
  [{ xx: 'X', aa: 'A' }, null],
  [{ xx: 'X', aa: ' ' }, 'en'],
  [{}, 'en'],
  [null, 'en'],
  [null, null],
];

describe('text rule: recommendationTextIn and its SQL twin agree', () => {
  let db: pg.Client;
  beforeAll(async () => {
    // The test server the global setup found (DATABASE_URL, or the embedded one CI uses).
    const serverUrl = process.env.WG4_TEST_SERVER_URL;
    if (!serverUrl) throw new Error('e2e global setup did not run');
    db = new pg.Client({ connectionString: serverUrl });
    await db.connect();
  });
  afterAll(() => db.end());

  it.each(CASES)('%j asked %j', async (map, lang) => {
    const twin = recommendationTextSql('$1::jsonb', '$2::text');
    const { rows } = await db.query(`SELECT ${twin.text} AS text, ${twin.textLanguage} AS "textLanguage"`, [
      map === null ? null : JSON.stringify(map),
      lang,
    ]);
    expect(rows[0]).toEqual(recommendationTextIn(map as Record<string, string> | null, lang));
  });
});
