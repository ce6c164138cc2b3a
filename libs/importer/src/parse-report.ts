/**
 * parseReport: the text of a Working Group report (or a secretariat paper) → an ImportPlan. Pure and deterministic:
 * no clock, no I/O; the same text and options always give the same plan.
 */
import { createHash } from 'node:crypto';
import { extractAttendance } from './attendance.js';
import { blockText, locate, segment, type Block, type LocatedText } from './blocks.js';
import { findDateRanges } from './dates.js';
import { documentFromRow, documentsFromItem } from './documents.js';
import { meetingsHeldBefore } from './earlier-meetings.js';
import { PARSED_LANGUAGES, type ImportPlan, type ImportRefusal, type ImportWarning, type KnownSession, type Language, type ParseOptions, type PlannedDocument, type PlannedSection, type PlannedSession } from './import-plan.js';
import { detect } from './language.js';
import { chineseNumeralToInt, englishOrdinalToInt, EN_ORDINAL_PATTERN, romanToInt } from './numerals.js';
import { parseRecommendationsChapter } from './recommendations.js';
import { runFollowedBy, trimEndChars } from './scan.js';
import { preprocess, SYMBOL_SOURCE, tidy, type SourceLine } from './text-cleanup.js';

interface Chapter {
  label: string;
  value: number;
  heading: string;
  line: number;
  blocks: Block[];
}

const TERMINAL = /[。；;：:.，,！？!?]$/;

function chapterValue(label: string): number | null {
  return /^[IVXL]+$/.test(label) ? romanToInt(label) : chineseNumeralToInt(label);
}

/**
 * Which numbered blocks are paragraphs: numbering continues (5, 6, 7 …); a number that breaks it is a heading
 * numbered like a paragraph ("#### 1. 为切除器官…", "5. 拟议未来工作领域") or an item of a list (an agenda).
 */
function paragraphsOf(blocks: Block[], warnings: ImportWarning[]): Set<Block> {
  const paragraphs = new Set<Block>();
  const numbered = blocks.filter((b) => b.kind === 'numbered' && !b.preamble);
  let last: number | null = null;
  let previousListLabel: number | null = null;
  for (let i = 0; i < numbered.length; i++) {
    const b = numbered[i];
    const n = Number(b.label);
    // More than 40 parts (each with a non-space character, which tidy keeps) are more than 40 characters: such a
    // block (up to a whole file of lines) is not joined only to be measured.
    const text = b.md > 0 || b.parts.length > 40 ? null : tidy(blockText(b));
    const headingLike = b.md > 0 || (text !== null && text.length <= 40 && !TERMINAL.test(text));
    // Another block numbered n further on (before n + 1): this one is not paragraph n.
    const laterSame = () => {
      for (let j = i + 1; j < numbered.length && j <= i + 40; j++) {
        const m = Number(numbered[j].label);
        if (m === n && numbered[j].md === 0) return true;
        if (m === n + 1) return false;
      }
      return false;
    };
    let isParagraph: boolean;
    if (b.md > 0) isParagraph = false;
    else if (last === null) isParagraph = !headingLike;
    else if (n === last + 1) isParagraph = !((headingLike || previousListLabel === n - 1) && laterSame());
    else if (n > last + 1 && n <= last + 3 && !headingLike) {
      isParagraph = true;
      warnings.push({ code: 'NUMBERING_GAP', message: `paragraph ${n} follows paragraph ${last}`, line: b.line });
    } else isParagraph = false;
    if (isParagraph) {
      paragraphs.add(b);
      last = n;
      previousListLabel = null;
    } else previousListLabel = n;
  }
  return paragraphs;
}

function splitChapters(blocks: Block[], language: Language): { preamble: Block[]; chapters: Chapter[]; annex: Block[]; restarts: number } {
  let restarts = 0;
  const preamble: Block[] = [];
  const chapters: Chapter[] = [];
  const annex: Block[] = [];
  let current: Chapter | null = null;
  let inAnnex = false;
  for (const b of blocks) {
    if (b.kind === 'text' && /^(?:附件|Annex)\s*[一二三四五六七八九十IVX\d]*$/i.test((b.parts[0]?.text ?? '').trimEnd())) inAnnex = true;
    if (inAnnex) {
      annex.push(b);
      continue;
    }
    if (b.kind === 'chapter') {
      const value = chapterValue(b.label!);
      const text = tidy(blockText(b));
      const isHeading = value !== null && value > (current?.value ?? 0) && text.length <= 80 && !/[。；;]$/.test(text);
      if (isHeading) {
        current = { label: b.label!, value: value!, heading: text, line: b.line, blocks: [] };
        chapters.push(current);
        continue;
      }
      // The first chapter's heading again after later chapters: another copy of the report in the same file.
      if (value === 1 && (current?.value ?? 0) > 1 && chapters[0] && text === chapters[0].heading) restarts++;
      // "I." after "H.": a section letter; a Chinese numeral that does not advance: a heading inside the chapter.
      if (language === 'en' && /^[IVX]$/.test(b.label!)) b.kind = 'letter';
    }
    if (!current) preamble.push(b);
    else current.blocks.push(b);
  }
  return { preamble, chapters, annex, restarts };
}

const isRecommendationsChapter = (heading: string) =>
  /^(?:建议|Recommendations?|Recommandations?|Recomendaciones?|Рекомендации|التوصيات)(?:\s|,|$)/i.test(heading.trim());

/** Paragraph-level units of the chapters other than the recommendations one, with their section heading. */
interface Paragraph extends LocatedText {
  /** `tidy(text)`, computed once: the searches below all read it. */
  tidied: string;
  section: string;
  chapter: string;
  items: LocatedText[];
}

function paragraphsOutside(chapters: Chapter[], paragraphs: Set<Block>): Paragraph[] {
  const out: Paragraph[] = [];
  for (const chapter of chapters) {
    if (isRecommendationsChapter(chapter.heading)) continue;
    let section = '';
    let last: Paragraph | null = null;
    for (const b of chapter.blocks) {
      if (b.kind === 'letter') {
        section = tidy(blockText(b));
        last = null;
        continue;
      }
      if (b.kind === 'numbered' && paragraphs.has(b)) {
        const located = locate(b.parts);
        last = { ...located, tidied: tidy(located.text), section, chapter: chapter.heading, items: [] };
        out.push(last);
        continue;
      }
      if ((b.kind === 'sub' || b.kind === 'numbered' || b.bullet) && last) last.items.push(locate(b.parts));
    }
  }
  return out;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[。；])|(?<=\.)\s+(?=[A-Z])/);
}

/**
 * Earlier meetings a document dates ("工作组以往几次会议分别于 … 举行", "held its first meeting on …"). `complete` when a
 * sentence lists all the earlier meetings (so that the next one is this meeting).
 */
function knownSessionsFrom(paragraphs: Paragraph[], language: Language): { sessions: KnownSession[]; complete: boolean } {
  const found = new Map<number, KnownSession>();
  let complete = false;
  const list =
    language === 'zh' ? /分别于|此前(?:的)?会议|以往(?:几次|各次|历次)?会议|前几届会议/ : /previous meetings?|earlier meetings?|meetings of the Working Group were held/i;
  const trigger = language === 'zh' ? /举行了第一(?:次|届)会议/ : /held its first meeting/i;
  for (const p of paragraphs) {
    for (const sentence of sentences(p.tidied)) {
      const isList = list.test(sentence);
      if (!isList && !trigger.test(sentence)) continue;
      const dates = findDateRanges(sentence, language);
      if (!dates.length) continue;
      let numbers: number[] = [];
      if (language === 'zh') {
        const ordinals = runFollowedBy(sentence, /(第[一二三四五六七八九十]+)[、和及]?/, /[、和及]?(?:届|次)会议/y);
        if (ordinals) numbers = [...ordinals.matchAll(/第([一二三四五六七八九十]+)/g)].map((m) => chineseNumeralToInt(m[1])!).filter(Boolean);
      } else {
        const ordinals = runFollowedBy(sentence, new RegExp(`(${EN_ORDINAL_PATTERN})(?:,\\s*|\\s+and\\s+)?`, 'i'), /(?:,|\s+and\s)?\s+meetings?/iy);
        if (ordinals) numbers = [...ordinals.matchAll(new RegExp(EN_ORDINAL_PATTERN, 'gi'))].map((m) => englishOrdinalToInt(m[0])!).filter(Boolean);
      }
      if (numbers.length !== dates.length) numbers = dates.map((_d, i) => i + 1);
      if (isList && numbers[0] === 1) complete = true;
      const venue = language === 'zh' ? (/在(维也纳|纽约|日内瓦)/.exec(sentence)?.[1] ?? null) : (/\bin (Vienna|New York|Geneva)\b/.exec(sentence)?.[1] ?? null);
      dates.forEach((d, i) => {
        if (!found.has(numbers[i])) found.set(numbers[i], { number: numbers[i], startDate: d.start, endDate: d.end, venue });
      });
    }
  }
  return { sessions: [...found.values()].sort((a, b) => a.number - b.number), complete };
}

/**
 * Meetings a document only counts ("在本次第十一次会议之前举行了十次会议"): each of 1…count it does not date is known,
 * without dates. The count is taken only when it agrees with this meeting's number (count + 1) where both are known.
 */
function addCountedMeetings(known: KnownSession[], paragraphs: Paragraph[], language: Language, thisNumber: number | null): void {
  for (const p of paragraphs) {
    const held = meetingsHeldBefore(tidy(p.text), language);
    if (!held) continue;
    const before = held.before ?? thisNumber;
    if (before !== null && before !== held.count + 1) continue;
    for (let n = 1; n <= held.count; n++) {
      if (!known.some((k) => k.number === n)) known.push({ number: n, startDate: null, endDate: null, venue: null });
    }
    known.sort((a, b) => a.number - b.number);
    return;
  }
}

function explicitNumber(text: string, language: Language, earlier: Set<number>): number | null {
  const values: number[] = [];
  if (language === 'zh') {
    for (const m of text.matchAll(/(?:工作组|本次)第([一二三四五六七八九十]+|\d+)\s*(?:届|次)会议/g)) {
      const v = chineseNumeralToInt(m[1]);
      if (v) values.push(v);
    }
  } else {
    for (const m of text.matchAll(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\s+meeting\b/gi)) {
      const v = englishOrdinalToInt(m[1]);
      if (v) values.push(v);
    }
  }
  const candidates = values.filter((v) => !earlier.has(v));
  return candidates.length ? Math.max(...candidates) : null;
}

function venueAfter(text: string, index: number, length: number, language: Language): string | null {
  if (language === 'zh') {
    const m = /^\s*(?:[，,]\s*)?(?:在\s*)?([\u4e00-\u9fff]{2,6}?)(?=举行|开会|$|\s|[，。])/.exec(text.slice(index + length));
    return m ? m[1] : null;
  }
  const before = /([A-ZА-Я][a-zа-я]+(?: [A-ZА-Я][a-zа-я]+)?),\s*$|([\u0621-\u064a]{3,12})\s?،\s*$/.exec(text.slice(0, index));
  if (before) return before[1] ?? before[2];
  return /\b(?:in|at) (Vienna|New York|Geneva)\b/.exec(text)?.[1] ?? null;
}

function chairOf(paragraphs: Paragraph[], language: Language): string | null {
  for (const p of paragraphs) {
    const text = p.tidied;
    if (language === 'zh') {
      // Names and countries are short: bounded runs keep the search linear on a long text with no match.
      const m = /由(?:\s?工作组主席)?\s?([^\s，。（(：:][^，。（(：:]{0,59}?)\s?(?:阁下\s?)?[（(]([^（）()]{1,80})[）)]\s?(?:担任主席|宣布开幕|主持)/.exec(text);
      if (m) return `${m[1].trim()}（${m[2].trim()}）`;
    } else {
      const m = /(?:chaired by|opened by(?: the Chair(?: of the Working Group)?,?)?) ([^\s(,.][^(,.]{0,79}?) ?\(([^)]{1,120})\)/i.exec(text);
      if (m) return `${m[1].trim()} (${m[2].trim()})`;
    }
  }
  return null;
}

function formatOf(paragraphs: Paragraph[], language: Language): string | null {
  for (const p of paragraphs) {
    const text = p.tidied;
    if (language === 'zh') {
      const m = /以[“"]?(混合|线上|在线|虚拟)[”"]?(?:形式|方式)举行/.exec(text);
      if (m) return m[1] === '混合' ? 'hybrid' : 'online';
    } else {
      if (/held in (?:a )?hybrid format|in a hybrid format/i.test(text)) return 'hybrid';
      if (/held (?:entirely |fully )?(?:online|virtually)|in (?:a )?virtual format/i.test(text)) return 'online';
    }
  }
  return null;
}

function documentsOf(annex: Block[], paragraphs: Paragraph[], language: Language): PlannedDocument[] {
  const rows = annex.filter((b) => b.kind === 'row').map((b) => documentFromRow(locate(b.parts).text));
  const fromAnnex = rows.filter((d): d is PlannedDocument => d !== null);
  if (fromAnnex.length) return fromAnnex;
  const section = language === 'zh' ? /^文件$|文件$|^文件/ : /Documentation|Documents|Documentación|Документация|الوثائق/i;
  return paragraphs.filter((p) => section.test(p.section)).flatMap((p) => p.items.flatMap((item) => documentsFromItem(item.text)));
}

/**
 * The text's blocks, and what else the parse needs of its source lines. The source lines are not kept during the
 * rest of the parse: on a text of tiny lines they weigh as much as the blocks.
 */
function blocksOf(text: string, language: Language) {
  const pre = preprocess(text, language);
  const blocks = segment(pre.lines);
  return { blocks, warnings: [...pre.warnings], edits: pre.edits, ...fromSourceLines(pre.lines) };
}

/**
 * What the parse needs of the source lines besides their blocks: the distribution lines (one a copy of the report),
 * the placeholders left in the text, the lines that are only a document symbol (the page headers).
 */
function fromSourceLines(lines: readonly SourceLine[]): { distributions: number; placeholderWarnings: ImportWarning[]; headers: SourceLine[] } {
  let distributions = 0;
  const placeholderWarnings: ImportWarning[] = [];
  const headers: SourceLine[] = [];
  for (const l of lines) {
    if (l.noise === 'symbol') headers.push(l);
    if (!l.text) continue;
    if (l.text.startsWith('Distr.')) distributions++;
    if (!l.text.includes('[')) continue;
    for (const m of l.text.matchAll(/\[[^\]]{0,60}\]/g)) {
      placeholderWarnings.push({ code: 'PLACEHOLDER', message: `placeholder ${m[0]} still in the text`, line: l.line });
    }
  }
  return { distributions, placeholderWarnings, headers };
}

/** The first match of `pattern` in the texts, read in order (what it finds in their join by new lines). */
function firstMatch(texts: readonly { text: string }[], pattern: RegExp): RegExpExecArray | null {
  for (const t of texts) {
    const m = pattern.exec(t.text);
    if (m) return m;
  }
  return null;
}

/** Parses the text of a report into what it says, as data. */
export function parseReport(text: string, options: ParseOptions): ImportPlan {
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const detected = detect(text);
  const refused = (language: Language, refusal: ImportRefusal): ImportPlan => ({
    source: { fileName: options.fileName ?? null, sha256, language, kind: 'other' },
    refusal,
    session: null,
    knownSessions: [],
    sections: [],
    attendance: [],
    documents: [],
    warnings: [],
  });
  const { letters, script, vocabulary } = detected;
  if (detected.language === null) {
    return refused('en', {
      code: 'IMPORT_LANGUAGE_UNKNOWN',
      message:
        script === 'none'
          ? 'The text holds no letters of any script the importer reads (Latin, Han, Cyrillic, Arabic).'
          : `The text is in ${script} script but its words are not English, French or Spanish report vocabulary.`,
      details: { script, letters, ...(vocabulary ? { vocabulary } : {}) },
    });
  }
  const language = detected.language;
  if (!PARSED_LANGUAGES.includes(language)) {
    return refused(language, {
      code: 'IMPORT_LANGUAGE_UNSUPPORTED',
      message: `The text is in ${language}; the importer reads ${PARSED_LANGUAGES.join(', ')}.`,
      details: { language, script, supported: PARSED_LANGUAGES },
    });
  }
  const { blocks, warnings, edits, distributions, placeholderWarnings, headers } = blocksOf(text, language);
  const paragraphs = paragraphsOf(blocks, warnings);
  const { preamble, chapters, annex, restarts } = splitChapters(blocks, language);
  // A file holding the report several times (pasted twice, two PDFs concatenated): said, not silently read as one.
  const copies = Math.max(restarts + 1, distributions);
  if (copies > 1) {
    warnings.push({
      code: 'REPEATED_REPORT',
      message: `the text holds the report ${copies} times (${distributions} distribution lines, the first chapter heading ${restarts + 1} times); only the first copy's structure is read, later copies' paragraphs are reported as duplicates or ignored`,
    });
  }

  // The distribution line and its date (a block of its own in Word text, where every line is a paragraph) say when
  // the document was issued, not when the meeting was held.
  const issueDate = /^\d{1,2}(?: de)? [^\s\d]{3,12}(?: de)? \d{4}(?: года| г\.)?$/;
  const preambleTexts = preamble.map((b) => ({ text: tidy(blockText(b)), block: b })).filter((p) => !/^Distr\./i.test(p.text) && !issueDate.test(p.text));
  // The preamble's texts are tested one by one: none of these patterns can match across the line between two of them.
  const inPreamble = (pattern: RegExp) => preambleTexts.some((p) => pattern.test(p.text));
  const kind: ImportPlan['source']['kind'] = inPreamble(
    /背景文件|秘书处的说明|background paper|note by the secretariat|document d[e’'] ?information|note du secrétariat|documento de antecedentes|nota de la Secretaría|справочный документ|записка Секретариата|ورقة معلومات خلفية|مذكرة من الأمانة/i,
  )
    ? 'background_paper'
    : inPreamble(/报告|\breport\b|\brapport\b|\binforme\b|доклад|تقرير/i) || chapters.some((c) => isRecommendationsChapter(c.heading))
      ? 'meeting_report'
      : 'other';

  const sections: PlannedSection[] = [];
  const recChapter = chapters.find((c) => isRecommendationsChapter(c.heading));
  if (recChapter && kind !== 'background_paper') {
    sections.push(
      ...parseRecommendationsChapter({ label: recChapter.label, heading: recChapter.heading, line: recChapter.line, blocks: recChapter.blocks, paragraphs, edits }, language, options.themes, warnings),
    );
  } else if (kind === 'meeting_report') {
    warnings.push({ code: 'NO_RECOMMENDATIONS_CHAPTER', message: 'the report has no recommendations chapter' });
  }

  const outside = paragraphsOutside(chapters, paragraphs);
  const { sessions: knownSessions, complete: listsEarlier } = knownSessionsFrom(outside, language);
  const attendanceParagraphs = language === 'zh' || language === 'en' ? outside.filter((p) => (language === 'zh' ? /出席/ : /Attendance/i).test(p.section)) : [];
  const { attendance, warnings: attendanceWarnings } = extractAttendance(attendanceParagraphs, language, options.states);
  warnings.push(...attendanceWarnings);
  const documents = kind === 'background_paper' ? [] : documentsOf(annex, outside, language);

  warnings.push(...placeholderWarnings);

  // This meeting: dates and venue from the preamble (else the opening of the meeting), number from the text or
  // from the earlier meetings it lists.
  let dates: { start: string; end: string } | null = null;
  let venue: string | null = null;
  preambleLines: for (const p of preambleTexts) {
    for (const part of p.block.parts) {
      const line = tidy(part.text);
      const found = findDateRanges(line, language)[0];
      if (found) {
        dates = found;
        venue = venueAfter(line, found.index, found.length, language);
        break preambleLines;
      }
    }
  }
  if (!dates) {
    for (const p of outside.filter((q) => /会议安排|开幕|Organization of the meeting|Opening/i.test(`${q.chapter} ${q.section}`))) {
      const t = p.tidied;
      const found = findDateRanges(t, language)[0];
      if (found) {
        dates = found;
        venue = venueAfter(t, found.index, found.length, language);
        break;
      }
    }
  }
  const wholeText = [...preambleTexts.map((p) => p.text), ...outside.map((p) => p.tidied), ...annex.map((b) => tidy(blockText(b)))].join('\n');
  // Ordinals of meetings the document dates as earlier ones ("工作组第一届会议的结果…") do not name this one.
  const explicit = explicitNumber(wholeText, language, new Set(knownSessions.map((k) => k.number)));
  const earlier = dates ? knownSessions.filter((k) => k.startDate !== null && k.startDate < dates!.start) : [];
  const consecutive = listsEarlier && earlier.length > 0 && earlier.every((k, i) => k.number === i + 1);
  const derived = consecutive ? earlier.length + 1 : null;
  if (explicit !== null && derived !== null && explicit !== derived) {
    warnings.push({ code: 'SESSION_NUMBER_CONFLICT', message: `the text calls this meeting number ${explicit}, its list of earlier meetings makes it ${derived}` });
  }
  const number = explicit ?? derived;
  addCountedMeetings(knownSessions, outside, language, number);

  const draft =
    inPreamble(/草稿|\bdraft\b|projet de rapport|proyecto de informe|проект доклада|مشروع التقرير/i) ||
    placeholderWarnings.length > 0 ||
    (recChapter !== undefined && warnings.some((w) => w.code === 'EMPTY_SECTION'));

  let session: PlannedSession | null = null;
  if (kind === 'meeting_report') {
    // The document's own symbol heads its first page (a line of its own, dropped as a page header elsewhere).
    const firstChapterLine = chapters[0]?.line ?? Infinity;
    const header = headers.find((l) => l.line <= firstChapterLine);
    const symbolPattern = new RegExp(SYMBOL_SOURCE);
    const symbol = header ? /\S+/.exec(header.raw.replace(/[#*]/g, '').trim()) : firstMatch(preambleTexts, symbolPattern);
    const titleBlock = preambleTexts.find((p) =>
      (language === 'zh' ? /报告/ : language === 'en' ? /^(?:Draft )?report\b/i : /^(?:Projet de )?rapport\b|^(?:Proyecto de )?informe\b|^(?:Проект )?доклад|تقرير/i).test(p.text),
    );
    session = {
      number,
      startDate: dates?.start ?? null,
      endDate: dates?.end ?? null,
      venue,
      chair: chairOf(outside, language),
      format: formatOf(outside, language),
      status: draft ? 'draft' : 'final',
      reportSymbol: symbol ? trimEndChars(symbol[0], '.。') : null,
      title: titleBlock?.text ?? null,
    };
  } else if (kind === 'background_paper' && number !== null && dates && !knownSessions.some((k) => k.number === number)) {
    // A paper prepared for a meeting names that meeting's dates in its heading.
    knownSessions.push({ number, startDate: dates.start, endDate: dates.end, venue });
  }

  const nothing = !session && !sections.length && !knownSessions.length && !attendance.length && !documents.length;
  return {
    source: { fileName: options.fileName ?? null, sha256, language, kind },
    ...(nothing
      ? {
          refusal: {
            code: 'IMPORT_NOTHING_FOUND' as const,
            message: `Read as ${language}, the text holds no meeting, recommendation, attendance or document of a Working Group report.`,
            details: { language, kind, warnings: warnings.length },
          },
        }
      : {}),
    session,
    knownSessions,
    sections,
    attendance,
    documents,
    warnings: warnings.map((w, i) => ({ w, i })).sort((a, b) => (a.w.line ?? 0) - (b.w.line ?? 0) || a.i - b.i).map(({ w }) => w),
  };
}
