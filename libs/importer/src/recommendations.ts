/**
 * The recommendations chapter ("二. 建议" / "II. Recommendations"): its sections, the paragraphs that only introduce
 * (and set the adoption of what follows), the recommendations and their lettered / roman sub-items.
 */
import { blockText, lineAt, locate, type Block, type BlockPart, type LocatedText } from './blocks.js';
import { adoptionSignal, classifyText, introducesRecommendations, isIntroduction, itemsRole, requiresStateReport, type Classification } from './classify.js';
import { ADDRESSEES, type Addressee, type Adoption } from '#contracts';
import { type EditorialNote, type ImportWarning, type Language, type PlannedRecommendation, type PlannedSection, type ThemeDefinition } from './import-plan.js';
import type { Modality } from '#contracts';
import { chineseNumeralToInt, letterIndex, romanToInt } from './numerals.js';
import { suggestThemes } from './themes.js';
import { tidy, type TextEdit } from './text-cleanup.js';

export interface ChapterInput {
  label: string;
  heading: string;
  line: number;
  blocks: Block[];
  /** Numbered blocks that are paragraphs (the others are headings numbered like paragraphs). */
  paragraphs: Set<Block>;
  /** The cleanup's changes to the source's words (text-cleanup.ts): each becomes a note of the item holding it. */
  edits?: TextEdit[];
}

/** The cleanup's edits by line, each handed to the first item that holds its line (and its words). */
class EditLedger {
  private readonly byLine = new Map<number, TextEdit[]>();
  constructor(edits: readonly TextEdit[]) {
    for (const e of edits) this.byLine.set(e.line, [...(this.byLine.get(e.line) ?? []), e]);
  }
  take(lines: readonly number[], text: string, language: Language): EditorialNote[] {
    const notes: EditorialNote[] = [];
    for (const line of new Set(lines)) {
      const pending = this.byLine.get(line);
      if (!pending) continue;
      const left = pending.filter((e) => {
        // a removed URL leaves no words to look for: the first item on its line holds it
        if (e.to && !text.includes(e.to)) return true;
        notes.push({ kind: e.kind, language, from: e.from, to: e.to });
        return false;
      });
      if (left.length) this.byLine.set(line, left);
      else this.byLine.delete(line);
    }
    return notes;
  }
}

interface Frame {
  level: number;
  node: PlannedSection;
  adoption: Adoption | null;
  line: number;
  headings: string[];
  /** Recommendations placed in this section or below. */
  count: number;
  parent: Frame | null;
  children: Frame[];
}

type LabelKind = 'alpha' | 'roman' | 'cjk';

interface Draft {
  number: string;
  label: string | null;
  labelKind: LabelKind | null;
  parts: BlockPart[];
  line: number;
  adoption: Adoption;
  headings: string[];
  children: Draft[];
}

const TERMINAL = /[。；;：:.，,！？!?]$/;

const TRAILING_CONJUNCTION = /([；;,，])\s*(?:和|以及|及|and|or)\s*$/i;

function nextLetter(label: string | null): string {
  return label ? String.fromCharCode(label.charCodeAt(0) + 1) : 'a';
}

export function parseRecommendationsChapter(
  chapter: ChapterInput,
  language: Language,
  themes: ThemeDefinition[] | undefined,
  warnings: ImportWarning[],
): PlannedSection[] {
  const roots: Frame[] = [];
  const stack: Frame[] = [];
  let chapterAdoption: Adoption = 'adopted';
  let implicit: Frame | null = null;
  let current: Draft | null = null;
  let lastRecNumber: number | null = null;
  const placed: { draft: Draft; frame: Frame }[] = [];
  const blocks = chapter.blocks;

  const adoptionHere = (): Adoption => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].adoption) return stack[i].adoption!;
    return chapterAdoption;
  };
  const usedKeys = new Set<string>();
  const openSection = (level: number, printed: string, heading: string, line: number) => {
    // Keys must be unique within the document: a repeated label path gets a suffix (and a warning).
    let key = printed;
    for (let n = 2; usedKeys.has(key); n++) key = `${printed}~${n}`;
    if (key !== printed) warnings.push({ code: 'DUPLICATE_SECTION', message: `section ${printed} appears twice; the second is keyed ${key}`, line });
    usedKeys.add(key);
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const frame: Frame = {
      level,
      node: { key, heading, sections: [], recommendations: [] },
      adoption: null,
      line,
      headings: [...(parent?.headings ?? []), heading],
      count: 0,
      parent,
      children: [],
    };
    if (parent) {
      parent.node.sections.push(frame.node);
      parent.children.push(frame);
    } else roots.push(frame);
    stack.push(frame);
    current = null;
  };
  const frameForRec = (): Frame => {
    if (stack.length) return stack[stack.length - 1];
    if (!implicit) {
      usedKeys.add(chapter.label);
      implicit = { level: 0, node: { key: chapter.label, heading: chapter.heading, sections: [], recommendations: [] }, adoption: null, line: chapter.line, headings: [], count: 0, parent: null, children: [] };
      roots.push(implicit);
    }
    return implicit;
  };
  const addTop = (number: string, parts: BlockPart[], line: number, adoption: Adoption) => {
    const frame = frameForRec();
    const draft: Draft = { number, label: null, labelKind: null, parts, line, adoption, headings: frame.headings, children: [] };
    placed.push({ draft, frame });
    for (let f: Frame | null = frame; f; f = f.parent) f.count++;
    current = draft;
  };
  const headingKeyBase = (maxLevel: number) => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].level <= maxLevel) return stack[i].node.key;
    return '';
  };
  const nextBlock = (i: number) => blocks[i + 1];
  const isSubHeading = (b: Block, i: number) => {
    if (b.kind !== 'sub') return false;
    if (b.md > 0) return true;
    const text = tidy(blockText(b));
    const next = nextBlock(i);
    return text.length <= 40 && !TERMINAL.test(text) && !!next && next.kind !== 'sub' && (next.kind !== 'numbered' || chapter.paragraphs.has(next) || next.md > 0);
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const text = tidy(blockText(b));
    if (b.kind === 'toc' || b.kind === 'row') continue;
    if (b.kind === 'letter' || b.kind === 'chapter') {
      openSection(1, b.label!, text, b.line);
      continue;
    }
    if (b.kind === 'numbered' && !chapter.paragraphs.has(b)) {
      const base = headingKeyBase(1);
      openSection(2, base ? `${base}.${b.label}` : b.label!, text, b.line);
      continue;
    }
    if (b.kind === 'sub' && isSubHeading(b, i)) {
      const base = headingKeyBase(2);
      openSection(3, `${base}(${b.label})`, text, b.line);
      continue;
    }
    if (b.kind === 'numbered') {
      const next = nextBlock(i);
      const hasItems = !!next && next.kind === 'sub' && !isSubHeading(next, i + 1);
      if (!hasItems && isIntroduction(text, language)) {
        const adoption = adoptionSignal(text, language) ?? 'adopted';
        if (stack.length) stack[stack.length - 1].adoption = adoption;
        else chapterAdoption = adoption;
        current = null;
        continue;
      }
      const own = hasItems && introducesRecommendations(text, language) ? adoptionSignal(text, language) : null;
      addTop(b.label!, b.parts, b.line, own ?? adoptionHere());
      continue;
    }
    if (b.kind === 'rec') {
      const n = Number(b.label);
      if (lastRecNumber !== null && n !== lastRecNumber + 1) {
        warnings.push({ code: 'NUMBERING_GAP', message: `recommendation ${n} follows ${lastRecNumber}`, line: b.line });
      }
      lastRecNumber = n;
      addTop(b.label!, b.parts, b.line, adoptionHere());
      if (!b.parts.length) warnings.push({ code: 'EMPTY_RECOMMENDATION', message: `recommendation ${n} has no text`, line: b.line });
      continue;
    }
    if (b.kind === 'sub') {
      if (!current) {
        warnings.push({ code: 'ORPHAN_ITEM', message: `item (${b.label}) outside any recommendation: ${text.slice(0, 40)}`, line: b.line });
        continue;
      }
      placeSubItem(current, b, warnings);
      continue;
    }
    if (b.md > 0 && b.kind === 'text') {
      openSection(1, `${chapter.label}.${i + 1}`, text, b.line);
      continue;
    }
    warnings.push({ code: 'UNNUMBERED_TEXT', message: `text without a number in the recommendations chapter: ${text.slice(0, 40)}`, line: b.line });
  }

  const seen = new Map<string, number>();
  const ledger = new EditLedger(chapter.edits ?? []);
  for (const { draft, frame } of placed) {
    if (seen.has(draft.number)) {
      warnings.push({ code: 'DUPLICATE_NUMBER', message: `recommendation ${draft.number} appears twice (also line ${seen.get(draft.number)})`, line: draft.line });
    } else seen.set(draft.number, draft.line);
    frame.node.recommendations.push(finalise(draft, null, true, language, themes, warnings, ledger));
  }
  emptySections(roots, warnings);
  if (!roots.length) warnings.push({ code: 'EMPTY_SECTION', message: `the chapter "${chapter.heading}" holds no recommendation`, line: chapter.line });
  return roots.map((f) => f.node);
}

/** EMPTY_SECTION for every section holding no recommendation (only the topmost of an empty subtree). */
function emptySections(frames: Frame[], warnings: ImportWarning[]) {
  for (const f of frames) {
    if (f.count === 0) {
      warnings.push({ code: 'EMPTY_SECTION', message: `section ${f.node.key} "${f.node.heading}" holds no recommendation text`, line: f.line });
    } else emptySections(f.children, warnings);
  }
}

function placeSubItem(top: Draft, b: Block, warnings: ImportWarning[]) {
  const label = b.label!;
  const lastAlpha = [...top.children].reverse().find((c) => c.labelKind === 'alpha') ?? null;
  const lastChild = top.children[top.children.length - 1] ?? null;
  const make = (kind: LabelKind, parent: Draft): Draft => ({
    number: `${parent.number}(${label})`,
    label: `(${label})`,
    labelKind: kind,
    parts: b.parts,
    line: b.line,
    adoption: parent.adoption,
    headings: parent.headings,
    children: [],
  });
  const addTo = (parent: Draft, kind: LabelKind, expected: string | null) => {
    if (expected !== null && expected !== label) {
      warnings.push({ code: 'NUMBERING_GAP', message: `item ${parent.number}(${label}) where (${expected}) was expected`, line: b.line });
    }
    parent.children.push(make(kind, parent));
  };
  const nextRoman = (siblings: Draft[], kind: LabelKind) => {
    const last = [...siblings].reverse().find((c) => c.labelKind === kind);
    const value = last ? (kind === 'cjk' ? chineseNumeralToInt(last.label!.slice(1, -1)) : romanToInt(last.label!.slice(1, -1))) : 0;
    return (value ?? 0) + 1;
  };

  if (/^[一二三四五六七八九十]+$/.test(label)) {
    const parent = lastChild && lastChild.labelKind === 'alpha' ? lastChild : top;
    const expectedValue = nextRoman(parent.children, 'cjk');
    const value = chineseNumeralToInt(label);
    if (value !== expectedValue) warnings.push({ code: 'NUMBERING_GAP', message: `item ${parent.number}(${label}) out of sequence`, line: b.line });
    parent.children.push(make('cjk', parent));
    return;
  }
  const expectedLetter = nextLetter(lastAlpha ? lastAlpha.label!.slice(1, -1) : null);
  const roman = romanToInt(label);
  if (label.length === 1 && label === expectedLetter) return addTo(top, 'alpha', null);
  if (roman !== null) {
    const parent = lastChild && lastChild.labelKind === 'alpha' ? lastChild : top;
    const expected = nextRoman(parent.children, 'roman');
    if (roman !== expected) warnings.push({ code: 'NUMBERING_GAP', message: `item ${parent.number}(${label}) out of sequence`, line: b.line });
    parent.children.push(make('roman', parent));
    return;
  }
  if (label.length === 1 && letterIndex(label) > 0) return addTo(top, 'alpha', expectedLetter);
  warnings.push({ code: 'ORPHAN_ITEM', message: `unrecognised item label (${label})`, line: b.line });
}

interface InlineItem {
  label: string;
  start: number;
  end: number;
}

/** Inline lettered items ("…处理：(a)…；(b)…；和(h)…"), or roman ones inside an item; null when there are fewer than two. */
function inlineItems(text: string, kind: 'alpha' | 'roman'): { ownEnd: number; items: InlineItem[] } | null {
  const re = /[(（]([a-z]|[ivx]{1,5})[)）]/g;
  const found: { label: string; index: number; after: number }[] = [];
  let expected = kind === 'alpha' ? 'a' : 'i';
  let n = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== expected) continue;
    found.push({ label: m[1], index: m.index, after: m.index + m[0].length });
    n++;
    expected = kind === 'alpha' ? nextLetter(expected) : (['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][n - 1] ?? '');
  }
  if (found.length < 2) return null;
  return {
    ownEnd: found[0].index,
    items: found.map((f, i) => ({ label: f.label, start: f.after, end: i + 1 < found.length ? found[i + 1].index : text.length })),
  };
}

function inlineDrafts(parent: Draft, located: LocatedText, kind: 'alpha' | 'roman'): { own: string; children: Draft[] } | null {
  const split = inlineItems(located.text, kind);
  if (!split) return null;
  const children = split.items.map<Draft>((item) => {
    const line = lineAt(located, item.start);
    const child: Draft = {
      number: `${parent.number}(${item.label})`,
      label: `(${item.label})`,
      labelKind: kind,
      parts: [{ text: located.text.slice(item.start, item.end), line }],
      line,
      adoption: parent.adoption,
      headings: parent.headings,
      children: [],
    };
    return child;
  });
  return { own: located.text.slice(0, split.ownEnd), children };
}

function unionClassification(children: PlannedRecommendation[]): Classification | null {
  // Items that name nobody (or nobody known) do not make the container address them.
  const known = children.filter((c) => !(c.addressee.length === 1 && (c.addressee[0] === 'other' || c.addressee[0] === 'unspecified')));
  if (!known.length) return null;
  const set = new Set<Addressee>(known.flatMap((c) => c.addressee));
  const addressee = ADDRESSEES.filter((a) => set.has(a));
  const modalities = new Set<Modality>(known.map((c) => c.modality));
  return { addressee, modality: modalities.size === 1 ? [...modalities][0] : 'other', requiresStateReport: requiresStateReport(addressee) };
}

/**
 * One item of the plan. `reportable`: whether it may be a reporting item at all — false for the items of a
 * paragraph that is one recommendation (its options or its parts, ADR 0009), and for all below them.
 */
function finalise(
  draft: Draft,
  inherited: Classification | null,
  reportable: boolean,
  language: Language,
  themes: ThemeDefinition[] | undefined,
  warnings: ImportWarning[],
  ledger: EditLedger,
): PlannedRecommendation {
  const located = locate(draft.parts);
  let ownRaw = located.text;
  let children = draft.children;
  if (!children.length) {
    const inline = inlineDrafts(draft, located, draft.labelKind === 'alpha' ? 'roman' : 'alpha');
    if (inline && (draft.labelKind === null || draft.labelKind === 'alpha')) {
      ownRaw = inline.own;
      children = inline.children;
    }
  }
  const tidied = tidy(ownRaw);
  const text = tidied.replace(TRAILING_CONJUNCTION, '$1');
  // The source's words as the cleanup changed them, then the joining conjunction dropped here: never silent.
  const editorialNotes = ledger.take(draft.parts.map((p) => p.line), tidied, language);
  if (text !== tidied) {
    const from = Math.max(0, text.length - 8); // `text` is a prefix of `tidied`: the same last words, with and without
    editorialNotes.push({ kind: 'conjunction_dropped', language, from: tidied.slice(from), to: text.slice(from) });
  }
  const own = text ? classifyText(text, language) : null;
  const hasItems = children.length > 0;
  // ADR 0009, the one place: a paragraph whose own words name nobody or introduce recommendations or topics is a
  // container (its items are the recommendations); any other paragraph with items is one recommendation.
  const isContainer = hasItems && (own === null || itemsRole(text, language) === 'recommendations');
  const planned = children.map((c) => finalise(c, own ?? inherited, reportable && isContainer, language, themes, warnings, ledger));
  let classification: Classification | null = isContainer ? (unionClassification(planned) ?? own) : (own ?? inherited);
  if (!classification) {
    warnings.push({ code: 'UNKNOWN_ADDRESSEE', message: `no addressee found in ${draft.number}: ${text.slice(0, 40)}`, line: draft.line });
    classification = { addressee: ['other'], modality: 'other', requiresStateReport: false };
  }
  if (classification.addressee.includes('unspecified') && !inherited && !isContainer) {
    warnings.push({ code: 'UNSPECIFIED_ADDRESSEE', message: `${draft.number} names no addressee; the secretariat decides who it is addressed to: ${text.slice(0, 40)}`, line: draft.line });
  }
  const sectionThemes = suggestThemes(draft.headings, themes, language);
  const textThemes = suggestThemes([text], themes, language);
  const themeSet = new Set([...sectionThemes, ...textThemes, ...(isContainer ? planned.flatMap((c) => c.themes) : [])]);
  return {
    number: draft.number,
    label: draft.label,
    text,
    language,
    addressee: classification.addressee,
    modality: classification.modality,
    adoption: draft.adoption,
    isContainer,
    requiresStateReport: reportable && (requiresStateReport(classification.addressee) || planned.some((c) => c.requiresStateReport)),
    themes: (themes ?? []).map((t) => t.code).filter((c) => themeSet.has(c)),
    editorialNotes,
    children: planned,
    line: draft.line,
  };
}
