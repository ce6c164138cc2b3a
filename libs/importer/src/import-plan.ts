/**
 * The contract between the pure report parser and the catalogue: what one report says, as data. The parser never
 * touches a database; the catalogue applies a plan (idempotently) in one transaction.
 */
import type { Addressee, Adoption, Modality } from '#contracts';

/** The six official languages of the United Nations, in which the Working Group's reports are published. */
export type Language = 'zh' | 'en' | 'fr' | 'es' | 'ru' | 'ar';

/** The languages whose vocabulary the parser knows (a report in another language is refused, never imported empty). */
export const PARSED_LANGUAGES: readonly Language[] = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];

export const ATTENDANCE_CATEGORIES = ['party', 'reio', 'signatory', 'observer_state', 'un_entity', 'igo', 'other_entity'] as const;
export type AttendanceCategory = (typeof ATTENDANCE_CATEGORIES)[number];

/** Reference data the parser may consult (loaded from seeds/ by the caller; the parser reads no files). */
export interface StateDirectoryEntry {
  code: string;
  names: Partial<Record<Language, string>>;
  aliases?: Partial<Record<Language, string[]>>;
  kind: 'member_state' | 'observer_state' | 'reio' | 'other';
}

export interface ThemeDefinition {
  code: string;
  names: Partial<Record<Language, string>>;
  /** Substrings that suggest the theme, per language (matched against section headings and texts). */
  keywords: Partial<Record<Language, string[]>>;
}

export interface ParseOptions {
  states: StateDirectoryEntry[];
  themes?: ThemeDefinition[];
  /** Used in warnings and as the plan's source name. */
  fileName?: string;
}

export interface ImportWarning {
  /** Stable, machine-readable: e.g. UNMATCHED_STATE, EMPTY_SECTION, PLACEHOLDER, NUMBERING_GAP, UNKNOWN_ADDRESSEE. */
  code: string;
  message: string;
  /** 1-based line in the source text, when known. */
  line?: number;
}

export interface PlannedSession {
  /** Ordinal of the meeting (1 = April 2009), when the document lets it be determined. */
  number: number | null;
  /** ISO dates (yyyy-mm-dd). */
  startDate: string | null;
  endDate: string | null;
  venue: string | null;
  chair: string | null;
  /** e.g. `in_person`, `hybrid`, `online`, when stated. */
  format: string | null;
  /** `draft` when the document is a draft report (placeholders, empty recommendation sections). */
  status: 'draft' | 'final';
  /** e.g. `CTOC/COP/WG.4/2011/8`, when the document states it. */
  reportSymbol: string | null;
  title: string | null;
}

/**
 * A meeting the document mentions (e.g. the dates of earlier meetings in an introduction). Dates are null for a
 * meeting the document only counts ("held ten meetings before the eleventh").
 */
export interface KnownSession {
  number: number;
  startDate: string | null;
  endDate: string | null;
  venue: string | null;
}

/**
 * The kinds of change the importer makes to a source's words (never silently: each is an editorial note on the
 * recommendation it changed). `stray_word_replaced`: an English "and"/"or" inside Chinese text read as 和/或;
 * `conjunction_dropped`: the "; and" / "；和" that joins a list's items, dropped from the item it ends;
 * `url_removed`: a bare web address removed from the text.
 */
export const EDITORIAL_NOTE_KINDS = ['stray_word_replaced', 'conjunction_dropped', 'url_removed'] as const;
export type EditorialNoteKind = (typeof EDITORIAL_NOTE_KINDS)[number];

/** What the importer changed in one language's text of a recommendation: from → to (a few words of context). */
export interface EditorialNote {
  kind: EditorialNoteKind;
  language: Language;
  from: string;
  to: string;
}

export interface PlannedRecommendation {
  /** As cited: `"32"`, `"51(a)"`, `"51(i)(一)"`; "建议 17" is `"17"`. Children carry their full number. */
  number: string;
  /** The item's own label as printed for sub-items: `(a)`, `(一)`; null for top-level paragraphs. */
  label: string | null;
  /** Cleaned text of the item's own words (children excluded), one language. */
  text: string;
  language: Language;
  addressee: Addressee[];
  modality: Modality;
  adoption: Adoption;
  /** True when the paragraph's own words only introduce its sub-items (the sub-items are the recommendations). */
  isContainer: boolean;
  /** True when it asks something of States (States parties or States), directly or through its sub-items. */
  requiresStateReport: boolean;
  /** Suggested theme codes (from ThemeDefinition keywords and the section heading). */
  themes: string[];
  /** Every change the importer made to the source's words of this item (see EDITORIAL_NOTE_KINDS). */
  editorialNotes: EditorialNote[];
  children: PlannedRecommendation[];
  /** 1-based line where the item starts in the source. */
  line?: number;
}

export interface PlannedSection {
  /** Stable within the document: the printed label path, e.g. `A`, `A.1`, `A.4(a)`. */
  key: string;
  heading: string;
  sections: PlannedSection[];
  recommendations: PlannedRecommendation[];
}

export interface PlannedAttendance {
  name: string;
  category: AttendanceCategory;
  /** Matched State code, or null (an unmatched State-like name also yields an UNMATCHED_STATE warning). */
  stateCode: string | null;
}

export interface PlannedDocument {
  symbol: string;
  agendaItem: string | null;
  title: string;
}

/**
 * Why a text cannot be imported: a language the parser cannot read or cannot tell, or a text in which it found
 * nothing (no session, recommendation, meeting, attendance or document). The service answers 422 with the code.
 */
export interface ImportRefusal {
  code: 'IMPORT_LANGUAGE_UNKNOWN' | 'IMPORT_LANGUAGE_UNSUPPORTED' | 'IMPORT_NOTHING_FOUND';
  message: string;
  details: Record<string, unknown>;
}

export interface ImportPlan {
  source: { fileName: string | null; sha256: string; language: Language; kind: 'meeting_report' | 'background_paper' | 'other' };
  /** Set when the text must not be imported (see ImportRefusal); the rest of the plan is then empty. */
  refusal?: ImportRefusal;
  session: PlannedSession | null;
  knownSessions: KnownSession[];
  sections: PlannedSection[];
  attendance: PlannedAttendance[];
  documents: PlannedDocument[];
  warnings: ImportWarning[];
}
