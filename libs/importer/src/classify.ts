/**
 * Who a recommendation is addressed to and how strongly, read from its words (the table in DOMAIN.md); and which
 * paragraphs of a recommendations chapter merely introduce (and what adoption they announce).
 */
import { ADDRESSEES, type Addressee, type Adoption, type Modality } from '#contracts';
import type { Language } from './import-plan.js';
import { adoptionOther, classifyOther, isOtherLanguage, vocabularyOf } from './vocabulary.js';

export interface Classification {
  addressee: Addressee[];
  modality: Modality;
  requiresStateReport: boolean;
}

type ActorTable = [source: string, addressee: Addressee][];

const ZH_ACTORS: ActorTable = [
  ['联合国毒品和犯罪问题办公室', 'unodc'],
  ['毒品和犯罪问题办公室', 'unodc'],
  ['秘书处', 'unodc'],
  ['缔约方会议(?:第[一二三四五六七八九十]+届会议)?', 'cop'],
  ['(?:贩运人口问题)?工作组(?:今后(?:各届|的)?会议)?', 'working_group'],
  ['各缔约国', 'states_parties'],
  ['缔约各国', 'states_parties'],
  ['缔约国', 'states_parties'],
  ['缔约方', 'states_parties'],
  ['各国', 'states'],
  ['会员国', 'states'],
  ['联合国系统各实体|联合国各实体|联合国相关实体|联合国实体|联合国系统', 'un_entities'],
  ['区域和国际组织|国际和区域组织|国际组织|政府间组织|区域组织', 'international_organizations'],
];

const EN_ACTORS: ActorTable = [
  ['(?:[Tt]he )?United Nations Office on Drugs and Crime(?: \\(UNODC\\))?', 'unodc'],
  ['UNODC', 'unodc'],
  ['(?:[Tt]he )?[Ss]ecretariat', 'unodc'],
  ['(?:[Tt]he )?Conference of the Parties(?: at its \\w+ session)?', 'cop'],
  ['(?:[Tt]he )?Conference', 'cop'],
  ['(?:(?:[Ff]uture )?meetings of )?(?:[Tt]he )?Working Group(?: on Trafficking in Persons)?', 'working_group'],
  ['States [Pp]arties(?: to the (?:Protocol|Convention))?', 'states_parties'],
  ['State [Pp]arties', 'states_parties'],
  ['(?:[Aa]ll )?Member States', 'states'],
  ['(?<!United )(?:[Aa]ll )?States', 'states'],
  ['(?:[Rr]elevant )?United Nations entities|entities of the United Nations system', 'un_entities'],
  ['(?:[Rr]egional and )?[Ii]nternational organizations|[Ii]ntergovernmental organizations', 'international_organizations'],
];

const ZH_MODALS: [string, Modality][] = [
  ['应当酌情考虑', 'should_consider'],
  ['应酌情考虑', 'should_consider'],
  // "应当考虑到…" is "should take into account": should, not should consider
  ['应当考虑(?!到)', 'should_consider'],
  ['应考虑(?!到)', 'should_consider'],
  ['应当', 'should'],
  ['应该', 'should'],
  ['必须', 'should'],
  ['应(?!对)', 'should'],
  ['不妨考虑', 'may'],
  ['可以考虑', 'may'],
  ['可考虑', 'may'],
  ['可以', 'may'],
  ['可(?!能)', 'may'],
];

const EN_MODALS: [string, Modality][] = [
  ['should be encouraged to', 'encouraged'],
  // "should, in line with their domestic legislation, consider …"
  ['should,[^,;.]{1,80}, consider', 'should_consider'],
  ['should (?:continue to )?consider', 'should_consider'],
  ['should', 'should'],
  ['must', 'should'],
  ['shall', 'should'],
  ['may wish to consider', 'may'],
  ['may (?:also )?consider', 'may'],
  ['may', 'may'],
  ['(?:are|is) (?:also )?(?:strongly )?encouraged to', 'encouraged'],
  ['(?:are|is) (?:also )?(?:requested|invited) to', 'requested'],
  ['(?:are|is) urged to', 'should'],
];

const alt = (table: [string, unknown][]) => table.map(([s]) => `(?:${s})`).join('|');

function actorsGroup(table: ActorTable, language: Language): string {
  const one = `(?:${alt(table)})`;
  const joiner = language === 'zh' ? '(?:和|与|及|以及|、)' : '(?:,? and |, )';
  // A list of up to 31 actors; bounded, because an actor holds unbounded quantifiers (`第[一…]+届会议`, `\\w+`).
  return `${one}(?:${joiner}${one}){0,30}`;
}

function addresseesIn(text: string, table: ActorTable, flags = ''): Addressee[] {
  const found = new Set<Addressee>();
  let rest = text;
  while (rest.length) {
    let advanced = false;
    for (const [source, addressee] of table) {
      const m = new RegExp(`^(?:${source})`, flags).exec(rest);
      if (m && m[0].length) {
        found.add(addressee);
        rest = rest.slice(m[0].length);
        advanced = true;
        break;
      }
    }
    if (!advanced) rest = rest.slice(1);
  }
  return ADDRESSEES.filter((a) => found.has(a));
}

function modalityOf(word: string, table: [string, Modality][]): Modality {
  for (const [source, modality] of table) if (new RegExp(`^(?:${source})$`, 'i').test(word)) return modality;
  return 'should';
}

interface Candidate {
  index: number;
  priority: number;
  addressee: Addressee[];
  modality: Modality;
}

const CLAUSE = '(?<=^|[，,：:；;。])\\s*';

function zhCandidates(text: string): Candidate[] {
  const actors = actorsGroup(ZH_ACTORS, 'zh');
  const modals = alt(ZH_MODALS);
  const out: Candidate[] = [];
  const each = (source: string, priority: number, make: (m: RegExpExecArray) => Omit<Candidate, 'index' | 'priority'> | null) => {
    const re = new RegExp(source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const made = make(m);
      if (made) out.push({ index: m.index + (m[0].length - m[0].trimStart().length), priority, ...made });
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  // "工作组建议缔约方会议考虑…", "工作组请秘书处…"
  each(`${CLAUSE}(?:贩运人口问题)?工作组(?:向缔约方会议)?(建议|请)[，,]?\\s*(${actors})([^。；;]*)`, 0, (m) => {
    const addressee = addresseesIn(m[2], ZH_ACTORS);
    if (m[1] === '请') return { addressee, modality: 'requested' };
    const modal = /^(?:[^，,。]{0,12}?)(应当酌情考虑|应酌情考虑|应当考虑|应考虑|应当|应|可以考虑|可考虑|可|考虑)/.exec(m[3]);
    return { addressee, modality: modal ? (modal[1] === '考虑' ? 'should_consider' : modalityOf(modal[1], ZH_MODALS)) : 'should' };
  });
  // "缔约国应当…", "缔约各国和毒品和犯罪问题办公室应当…"
  each(`(${actors})(?:还|也|均|都)?(${modals})`, 1, (m) => ({ addressee: addresseesIn(m[1], ZH_ACTORS), modality: modalityOf(m[2], ZH_MODALS) }));
  // "鼓励缔约国…", "应当鼓励联合国各实体…", "应当鼓励利用…" (nobody named: unspecified, flagged — never guessed)
  each(`${CLAUSE}(?:还|也)?(?:应当|应|可)?鼓励(${actors})?`, 2, (m) => ({
    addressee: m[1] ? addresseesIn(m[1], ZH_ACTORS) : ['unspecified'],
    modality: 'encouraged',
  }));
  // "应请毒品和犯罪问题办公室…"
  each(`${CLAUSE}(?:应|还|也)?请(${actors})`, 3, (m) => ({ addressee: addresseesIn(m[1], ZH_ACTORS), modality: 'requested' }));
  // subject-less "应当承认…", "应考虑…": nobody named (unspecified)
  each(`${CLAUSE}(应当酌情考虑|应酌情考虑|应当考虑(?!到)|应考虑(?!到)|应当|应(?!对))(?!请|鼓励)`, 4, (m) => ({ addressee: ['unspecified'], modality: modalityOf(m[1], ZH_MODALS) }));
  each(`^(?:可以考虑|可考虑|不妨考虑)`, 5, () => ({ addressee: ['unspecified'], modality: 'may' }));
  // "缔约国在编写…时，应尽可能…"
  each(`${CLAUSE}(${actors})[^。；;]{1,60}?[，,]\\s*(?:还|也)?(${modals})`, 6, (m) => ({
    addressee: addresseesIn(m[1], ZH_ACTORS),
    modality: modalityOf(m[2], ZH_MODALS),
  }));
  return out;
}

function enCandidates(text: string): Candidate[] {
  const actors = actorsGroup(EN_ACTORS, 'en');
  const modals = alt(EN_MODALS);
  const out: Candidate[] = [];
  const each = (source: string, priority: number, make: (m: RegExpExecArray) => Omit<Candidate, 'index' | 'priority'> | null) => {
    const re = new RegExp(source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const made = make(m);
      if (made) out.push({ index: m.index, priority, ...made });
      if (m[0].length === 0) re.lastIndex++;
    }
  };
  const actorList = (s: string) => addresseesIn(s, EN_ACTORS);
  each(`\\b(?:The )?Working Group (recommends (?:to the Conference(?: of the Parties)? )?that|requests|invites)\\s+(${actors})\\b([^.;]*)`, 0, (m) => {
    const addressee = actorList(m[2]);
    if (!/recommends/i.test(m[1])) return { addressee, modality: 'requested' };
    const rest = m[3].trim();
    const modal = new RegExp(`^(?:\\w+\\s){0,3}?(${modals}|consider)\\b`, 'i').exec(rest);
    return { addressee, modality: modal ? (/^consider$/i.test(modal[1]) ? 'should_consider' : modalityOf(modal[1], EN_MODALS)) : 'should' };
  });
  each(`\\b(${actors})\\s+(?:also\\s+|further\\s+|therefore\\s+)?(${modals})\\b`, 1, (m) => ({ addressee: actorList(m[1]), modality: modalityOf(m[2], EN_MODALS) }));
  each(`(?:^|[.;:]\\s+)(?:[Tt]o )?(?:[Ee]ncourages?|should encourage)\\s+(${actors})`, 2, (m) => ({ addressee: actorList(m[1]), modality: 'encouraged' }));
  each(`(?:^|[.;:]\\s+)(?:[Tt]o )?[Rr]equests?\\s+(${actors})`, 3, (m) => ({ addressee: actorList(m[1]), modality: 'requested' }));
  each(`^(?:It|This|These|Such|The use of)\\b[^.;:]{0,120}?\\b(should be encouraged|should consider|should|may|must)\\b`, 4, (m) => ({
    addressee: ['unspecified'],
    modality: /encouraged/i.test(m[1]) ? 'encouraged' : modalityOf(m[1], EN_MODALS),
  }));
  each(`^\\b(${actors})\\b[^.;:]{1,160}?\\b(${modals})\\b`, 6, (m) => ({ addressee: actorList(m[1]), modality: modalityOf(m[2], EN_MODALS) }));
  return out;
}

/** Classifies by the first actor-and-modal the text states; null when the words name no addressee. */
export function classifyText(text: string, language: Language): Classification | null {
  if (isOtherLanguage(language)) {
    const found = classifyOther(text, language);
    return found ? { addressee: found.addressee, modality: found.modality, requiresStateReport: requiresStateReport(found.addressee) } : null;
  }
  const candidates = (language === 'zh' ? zhCandidates(text) : enCandidates(text)).filter((c) => c.addressee.length > 0);
  if (!candidates.length) return null;
  candidates.sort((a, b) => a.index - b.index || a.priority - b.priority);
  const best = candidates[0];
  return { addressee: best.addressee, modality: best.modality, requiresStateReport: requiresStateReport(best.addressee) };
}

export function requiresStateReport(addressee: readonly Addressee[]): boolean {
  return addressee.includes('states_parties') || addressee.includes('states');
}

/**
 * Addressee, modality and whether a State report is called for, from a recommendation's first words. Words that name
 * no addressee give `other` (the parser then warns UNKNOWN_ADDRESSEE unless a parent item supplies one).
 */
export function classifyRecommendation(text: string, language: Language): Classification {
  return classifyText(text, language) ?? { addressee: ['other'], modality: 'other', requiresStateReport: false };
}

const INTRO_ZH =
  /(?:通过|核可)了?(?:下文所列|下述|以下|下列)(?:的)?建议|下文(?:档)?(?:载|有)工作组通过的建议|建议缔约方会议审议(?:下述|以下|下列)建议|以下为工作组通过的建议/;
const INTRO_EN =
  /(?:adopted|endorsed|approved) the following recommendations?|recommends? (?:that )?the Conference of the Parties (?:consider|adopt) the following|following recommendations? (?:was|were) adopted|recommendations (?:adopted|endorsed) by the Working Group (?:are|is) (?:set out|contained|reproduced) below/i;

/** Whether a paragraph of the recommendations chapter only introduces what follows (it is then no recommendation). */
export function isIntroduction(text: string, language: Language): boolean {
  if (isOtherLanguage(language)) return vocabularyOf(language).introduction.test(text) && text.length < 400;
  return (language === 'zh' ? INTRO_ZH : INTRO_EN).test(text) && text.length < (language === 'zh' ? 120 : 400);
}

/** The adoption an introducing paragraph announces: 核可…主席…建议 → endorsed; 建议缔约方会议审议 → for COP consideration; 通过 → adopted. */
export function adoptionSignal(text: string, language: Language): Adoption | null {
  if (isOtherLanguage(language)) return adoptionOther(text, language);
  if (language === 'zh') {
    if (/核可/.test(text) && /主席/.test(text)) return 'endorsed';
    if (/(?:建议|供)缔约方会议审议/.test(text)) return 'for_cop_consideration';
    if (/通过|核可/.test(text)) return 'adopted';
    return null;
  }
  if (/endorsed/i.test(text) && /\bChair/i.test(text)) return 'endorsed';
  if (/for (?:the )?consideration (?:by|of) the Conference|recommends? (?:that )?the Conference of the Parties (?:consider|adopt)/i.test(text)) {
    return 'for_cop_consideration';
  }
  if (/adopted|endorsed|approved/i.test(text)) return 'adopted';
  return null;
}

/**
 * "… the following recommendations:" ending the text: what `/following recommendations?\b[^.;]*[:.]?\s*$/i` tests
 * (its `[^.;]*` and `\s*` trade spaces), as: after the last such phrase, no "." or ";" but a final ".".
 */
function endsIntroducingEn(text: string): boolean {
  let end = -1;
  for (const m of text.matchAll(/following recommendations?\b/gi)) end = m.index + m[0].length;
  if (end === -1) return false;
  const rest = text.slice(end).trimEnd();
  return !/[.;]/.test(rest.endsWith('.') ? rest.slice(0, -1) : rest);
}

/** A paragraph whose own words only introduce recommendations set out as its sub-items ("…以下建议："). */
export function introducesRecommendations(text: string, language: Language): boolean {
  if (isOtherLanguage(language)) return vocabularyOf(language).introducesItems.test(text) && vocabularyOf(language).followingRecommendations.test(text);
  return language === 'zh' ? /(?:以下|下列|下述)(?:各项)?建议[：:。.]?\s*$/.test(text) : endsIntroducingEn(text);
}

/**
 * What the items of a paragraph with items are (ADR 0009), the one rule for every language:
 * - `recommendations`: its own words only introduce them — "the following recommendations", or a list of topics
 *   ("consider the following topics:", "审议以下议题：", "将下列议题作为优先事项处理："); the paragraph is a container;
 * - `options`: it asks for one of several options ("at least one of the following", "以下备选做法中的一种",
 *   "may include", "可以包括"); one recommendation, its options are no separate reporting items;
 * - `parts`: its items complete its one request ("…, including: (a) …"); one recommendation as well.
 */
export type ItemsRole = 'recommendations' | 'options' | 'parts';

const TOPICS_ZH = /(?:以下|下列|下述)(?:各项|几项)?(?:议题|专题|主题|题目)/;
const TOPICS_EN = /\bfollowing (?:topics|themes|subjects|issues|questions)\b/i;
const OPTIONS_ZH = /(?:以下|下列|下述)[^：:。；]{0,24}?中的(?:一种|一项|一个)|至少采用|可以包括|可包括/;
const OPTIONS_EN = /\bone of the following\b|\bmay (?:also )?include\b/i;
/** An introduction ends with a colon (or nothing) — its items follow; a closing "." ends a request of its own. */
const ENDS_INTRODUCING = /[：:]\s*$/;

export function itemsRole(text: string, language: Language): ItemsRole {
  const other = isOtherLanguage(language) ? vocabularyOf(language) : null;
  const topics = other ? other.topics : language === 'zh' ? TOPICS_ZH : TOPICS_EN;
  const options = other ? other.options : language === 'zh' ? OPTIONS_ZH : OPTIONS_EN;
  if (introducesRecommendations(text, language)) return 'recommendations';
  if (options.test(text)) return 'options';
  if (topics.test(text) && ENDS_INTRODUCING.test(text)) return 'recommendations';
  return 'parts';
}
