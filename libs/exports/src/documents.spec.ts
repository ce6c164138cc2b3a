import { describe, expect, it } from '@jest/globals';
import { parseCsv, pdfPageTexts, pdfScreenshots, readXlsx, stateNameProblems, xlsxText } from '../../../test/support/export-readers.js';
import { labelledCodes, labels, renderExport, renderTextDocument, type DocLanguage, type ExportDocument, type TextDocument } from './index.js';

/**
 * Print quality, in English, Chinese and Arabic: every page has content and its "page N of M", no code is printed
 * raw, dates carry their year, Arabic text read back from the PDF is the text written. First pages are left as PNG
 * under test-output/documents/ for a person to look at.
 */
const ARABIC_TEXT = 'تنظر الدول الأطراف في اعتماد تدابير تشريعية لمكافحة الاتجار بالأشخاص وحماية الضحايا';

/** Two States in no regional group, by name in each language (as seeds/states.json has them). */
const UNASSIGNED: Record<string, string>[] = [
  { en: 'European Union', fr: 'Union européenne', es: 'Unión Europea', ru: 'Европейский союз', zh: '欧洲联盟', ar: 'الاتحاد الأوروبي' },
  { en: 'Holy See', fr: 'Saint-Siège', es: 'Santa Sede', ru: 'Святой Престол', zh: '教廷', ar: 'الكرسي الرسولي' },
];

function sample(lang: DocLanguage): ExportDocument {
  const l = labels(lang);
  return {
    title: `${l.t('overviewTitle')}: 2026`,
    shortTitle: l.t('overviewTitle'),
    lang,
    fileName: 'overview',
    meta: [
      { label: l.t('cycle'), value: `2026: ${l.date('2026-01-15')} – ${l.date('2026-06-30')}` },
      { label: l.t('asOf'), value: l.dateTime('2026-11-24T10:00:00.123456Z') },
      { label: l.t('counting'), value: l.counting('accepted') },
      { label: l.t('responseRate'), value: l.percent(0.625) },
    ],
    charts: [
      {
        title: l.t('statusDistribution'),
        bars: (['not_started', 'planned', 'in_progress', 'partially_implemented', 'fully_implemented', 'not_applicable'] as const).map((s, i) => ({ label: l.status(s), value: i * 3, share: (i * 3) / 45 })),
        note: l.t('noInformationNote', { count: 120, total: 165, share: l.percent(120 / 165) }),
      },
    ],
    tables: [
      {
        name: l.t('byRegionalGroup'),
        columns: [
          { key: 'group', header: l.t('regionalGroup') },
          { key: 'expected', header: l.t('expected'), kind: 'number' },
          { key: 'rate', header: l.t('responseRate'), kind: 'percent' },
          ...(['not_started', 'planned', 'in_progress', 'partially_implemented', 'fully_implemented', 'not_applicable', 'no_information'] as const).map((s) => ({ key: s, header: l.status(s), kind: 'number' as const })),
        ],
        rows: (['AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WEOG', null] as const).map((g, i) => ({
          group: l.region(g),
          expected: 10 + i,
          rate: i / 10,
          not_started: i,
          planned: 1,
          in_progress: 2,
          partially_implemented: 3,
          fully_implemented: 4,
          not_applicable: 0,
          no_information: 30,
        })),
        note: l.noneGroupNote(UNASSIGNED.map((n) => n[lang])),
      },
      {
        name: l.t('recommendations'),
        columns: [
          { key: 'reference', header: l.t('reference') },
          { key: 'status', header: l.t('selfAssessment') },
          { key: 'secretariat', header: l.t('secretariatAssessment') },
          { key: 'lastUpdate', header: l.t('lastUpdate'), kind: 'datetime' },
          { key: 'late', header: l.t('late'), kind: 'boolean' },
          { key: 'narrative', header: l.t('narrative') },
        ],
        rows: Array.from({ length: 70 }, (_, i) => ({
          reference: `CTOC/COP/WG.4/2019/4 para. ${i + 1}`,
          status: l.status('partially_implemented'),
          secretariat: l.status(i % 3 ? 'in_progress' : 'fully_implemented'),
          lastUpdate: '2026-03-0' + ((i % 9) + 1) + 'T08:30:00Z',
          late: i % 4 === 0,
          narrative: lang === 'ar' ? ARABIC_TEXT : lang === 'zh' ? '缔约国应考虑通过立法措施打击贩运人口并保护被害人。'.repeat(1 + (i % 2)) : 'The State adopted a national action plan and trained 200 labour inspectors.',
        })),
      },
    ],
  };
}

function compilation(lang: DocLanguage): TextDocument {
  const l = labels(lang);
  const text = lang === 'ar' ? ARABIC_TEXT : lang === 'zh' ? '缔约国应考虑通过立法措施打击贩运人口并保护被害人，并加强国际合作。' : 'States parties should consider adopting legislative measures against trafficking in persons and protecting victims.';
  return {
    title: l.t('compilationBySession'),
    shortTitle: l.t('compilationShort'),
    lang,
    fileName: 'compilation',
    meta: [{ label: l.t('generated'), value: l.dateTime('2026-11-24T10:00:00Z') }],
    blocks: Array.from({ length: 6 }, (_, s) => [
      { kind: 'heading' as const, level: 1 as const, text: `${l.t('sessionN', { n: s + 1 })} (${l.date(`201${s}-10-10`)})` },
      ...Array.from({ length: 9 }, (_, i) => ({ kind: 'paragraph' as const, label: `${i + 1}.`, text: `${text} ${text}`, note: `CTOC/COP/WG.4/201${s}/4 · ${l.addressee('states_parties')} · ${l.strength('should_consider')}` })),
    ]).flat(),
    tables: [
      {
        name: l.t('index'),
        columns: [
          { key: 'reference', header: l.t('reference') },
          { key: 'addressee', header: l.t('addressee') },
          { key: 'strength', header: l.t('strength') },
          { key: 'report', header: l.t('statesReport'), kind: 'boolean' },
        ],
        rows: Array.from({ length: 54 }, (_, i) => ({ reference: `CTOC/COP/WG.4/2019/4 para. ${i + 1}`, addressee: l.addressee('states_parties'), strength: l.strength('should'), report: true })),
      },
    ],
  };
}

/** Codes printed raw: an enum value standing as a word of its own. */
function rawCodes(text: string): string[] {
  // Codes that are also plain words ("other", "draft") are left out; the ones with _ or in capitals are what leaked.
  return labelledCodes().filter((code) => (/_|^[A-Z]+$/.test(code) || code === 'unodc') && new RegExp(`(^|[^\\p{L}_])${code}([^\\p{L}_]|$)`, 'u').test(text));
}

async function checkPdf(body: Buffer, lang: DocLanguage, name: string): Promise<string[]> {
  const l = labels(lang);
  const pages = await pdfPageTexts(body);
  await pdfScreenshots(body, `sample-${name}-${lang}`, [1, pages.length]);
  expect(pages.length).toBeGreaterThan(1);
  for (const [i, page] of pages.entries()) {
    const footer = l.t('page', { n: i + 1, m: pages.length });
    // The footer, and more than the footer and the page header: no page without content.
    expect(page.replace(/\s+/g, '')).toContain(footer.replace(/\s+/g, ''));
    expect(page.replace(/\s+/g, '').length).toBeGreaterThan(footer.replace(/\s+/g, '').length + 80);
  }
  const all = pages.join('\n');
  expect(rawCodes(all)).toEqual([]);
  // No date without its year, no raw ISO instant.
  expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  return pages;
}

describe('an Arabic document quoting a Chinese text (a recommendation with no Arabic version)', () => {
  it('breaks the Chinese between characters and keeps every line inside the margins', async () => {
    const l = labels('ar');
    const zh = '缔约国应考虑通过立法措施打击贩运人口并保护被害人，并加强国际合作。'.repeat(6);
    const out = await renderTextDocument({ title: l.t('compilationBySession'), fileName: 'x', lang: 'ar', meta: [], blocks: [{ kind: 'paragraph', label: '1.', text: zh }], tables: [] }, 'pdf');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(out.body) }).promise;
    const items = (await (await pdf.getPage(1)).getTextContent()).items.filter((i) => 'str' in i && i.str.trim()) as { str: string; transform: number[]; width: number }[];
    for (const i of items) {
      expect(i.transform[4]).toBeGreaterThanOrEqual(49);
      expect(i.transform[4] + i.width).toBeLessThanOrEqual(596 - 49);
    }
    expect(items.map((i) => i.str).join('').replace(/\s+/g, '')).toContain(zh.slice(0, 30));
    await pdf.destroy();
  }, 30_000);
});

describe('an Arabic document quoting an English text (a narrative written in English)', () => {
  it('lays the English left to right as a whole: its full stop stays at its end', async () => {
    const l = labels('ar');
    const english = 'Law 12 of 2024 criminalises all forms of trafficking.';
    const doc: ExportDocument = {
      title: l.t('overviewTitle'),
      lang: 'ar',
      fileName: 'x',
      meta: [],
      tables: [{ name: l.t('narratives'), columns: [{ key: 'state', header: l.t('state') }, { key: 'narrative', header: l.t('narrative') }], rows: [{ state: 'كينيا (KEN)', narrative: english }] }],
    };
    const text = (await pdfPageTexts((await renderExport(doc, 'pdf')).body)).join(' ');
    expect(text).toContain(english);
    expect(text).not.toContain('.Law');
  }, 30_000);
});

describe.each(['en', 'zh', 'ar'] as const)('documents in %s', (lang) => {
  const l = labels(lang);

  it('the "Other / not assigned" note names its States, in every format, in the language', async () => {
    const names = UNASSIGNED.map((n) => n[lang]);
    const note = l.noneGroupNote(names);
    expect(note).toContain(l.region(null));
    for (const n of names) expect(note).toContain(n);
    const pdf = (await pdfPageTexts((await renderExport(sample(lang), 'pdf')).body)).join('\n');
    const csv = parseCsv((await renderExport(sample(lang), 'csv')).body);
    const xlsx = xlsxText(await readXlsx((await renderExport(sample(lang), 'xlsx')).body));
    for (const text of [pdf, csv.map((r) => r.join(' ')).join('\n'), xlsx]) expect(stateNameProblems(text, l, UNASSIGNED.map((n) => ({ names: n })), names)).toEqual([]);
    // In the CSV the note is a `label,value` row of the headline block (the tables stay plain lists).
    const headline = csv.slice(1, csv.findIndex((r) => r.length === 1 && r[0] === ''));
    expect(headline).toContainEqual([l.t('note'), note]);
    // Without the note, the check fails: "Other / not assigned" alone does not say which States.
    const bare = { ...sample(lang), tables: sample(lang).tables.map((t) => ({ ...t, note: undefined })) };
    const bareText = (await pdfPageTexts((await renderExport(bare, 'pdf')).body)).join('\n');
    expect(stateNameProblems(bareText, l, [], names)).toHaveLength(1);
    if (lang !== 'en') expect(stateNameProblems(`${bareText} ${UNASSIGNED[0].en}`, l, UNASSIGNED.map((n) => ({ names: n })), names)).toHaveLength(2);
  }, 60_000);

  it('the summary PDF: page N of M on every page, labels, dates with the year; Arabic reads back as written', async () => {
    const out = await renderExport(sample(lang), 'pdf');
    const pages = await checkPdf(out.body, lang, 'summary');
    const squeezed = pages.join('').replace(/\s+/g, '');
    expect(squeezed).toContain(l.date('2026-01-15').replace(/\s+/g, ''));
    expect(l.date('2026-01-15')).toMatch(/2026/);
    expect(squeezed).toContain(l.region(null).replace(/\s+/g, ''));
    expect(squeezed).toContain(l.status('partially_implemented').replace(/\s+/g, ''));
    if (lang === 'ar') expect(squeezed).toContain(ARABIC_TEXT.replace(/\s+/g, ''));
  }, 60_000);

  it('the compilation PDF: every page with content and numbered, the index after the text', async () => {
    const out = await renderTextDocument(compilation(lang), 'pdf');
    const pages = await checkPdf(out.body, lang, 'compilation');
    if (lang === 'ar') expect(pages[0].replace(/\s+/g, '')).toContain(ARABIC_TEXT.replace(/\s+/g, ''));
  }, 60_000);

  it('XLSX: typed cells (dates as dates, booleans yes/no in the language, percentages), right to left in Arabic', async () => {
    const out = await renderExport(sample(lang), 'xlsx');
    const book = await readXlsx(out.body);
    const sheet = book.getWorksheet(l.t('recommendations'))!;
    expect(sheet.getCell('D2').value).toBeInstanceOf(Date);
    expect(sheet.getCell('D2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell('E2').value).toBe(l.yesNo(true));
    expect(sheet.getCell('E3').value).toBe(l.yesNo(false));
    const groups = book.getWorksheet(l.t('byRegionalGroup'))!;
    expect(groups.getCell('C3').value).toBe(0.1);
    expect(groups.getCell('C3').numFmt).toBe('0.0%');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, rightToLeft: lang === 'ar' });
    expect(sheet.autoFilter).toBeTruthy();
  });
});
