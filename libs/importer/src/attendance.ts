/** Attendance: the names each "出席情况 / Attendance" paragraph lists, with their category and matched State code. */
import type { AttendanceCategory, ImportWarning, Language, PlannedAttendance, StateDirectoryEntry } from './import-plan.js';
import { lineOf, type LocatedText } from './blocks.js';
import { matchState, splitNameList } from './states.js';
import { tidy } from './text-cleanup.js';
import { trimEndChars } from './scan.js';

type ListCategory = AttendanceCategory | 'mixed';

const STATE_LIKE: readonly AttendanceCategory[] = ['party', 'reio', 'signatory', 'observer_state'];

/** The category a paragraph's opening words give to the names it lists. */
export function listCategory(intro: string, language: Language): ListCategory | null {
  if (language === 'zh') {
    if (/区域经济一体化组织/.test(intro)) return 'reio';
    if (/非[^，。：:]{0,20}?(?:缔约|签署)|观察员国|非会员国/.test(intro)) return 'observer_state';
    if (/签署国|签署方/.test(intro)) return 'signatory';
    const un = /联合国(?:系统|秘书处|实体)|秘书处单位|专门机构/.test(intro);
    if (/政府间组织/.test(intro)) return un ? 'mixed' : 'igo';
    if (un) return 'un_entity';
    if (/缔约国|缔约方/.test(intro)) return 'party';
    if (/实体|组织/.test(intro)) return 'other_entity';
    return null;
  }
  if (/regional economic integration organi[sz]ation/i.test(intro)) return 'reio';
  if (/non-member|not (?:a )?part(?:y|ies)|non-part(?:y|ies)|observer States?\b/i.test(intro)) return 'observer_state';
  if (/signator(?:y|ies)/i.test(intro)) return 'signatory';
  const un = /United Nations (?:system|Secretariat|entities)|specialized agencies/i.test(intro);
  if (/intergovernmental organi[sz]ations?/i.test(intro)) return un ? 'mixed' : 'igo';
  if (un) return 'un_entity';
  if (/States? part(?:y|ies)|part(?:y|ies) to the/i.test(intro)) return 'party';
  if (/entit(?:y|ies)|organi[sz]ation/i.test(intro)) return 'other_entity';
  return null;
}

function isUnEntity(name: string, language: Language): boolean {
  return language === 'zh'
    ? /^联合国|秘书长|世界卫生组织|国际劳工组织|世界银行|国际货币基金组织/.test(name)
    : /^(?:the )?United Nations|UN Women|UNICEF|UNHCR|UNDP|OHCHR|Secretary-General|World Health Organization|International Labour Organization|World Bank/i.test(
        name,
      );
}

const isEu = (name: string) => /^(?:欧洲联盟|欧盟|(?:the )?European Union)$/i.test(name.trim());

const OPENING = '（(《“〔【[';
const CLOSING = '）)》”〕】]';

/** Splits at any of `separators` outside brackets and quotes (（）《》“”): "国际刑事警察组织（国际刑警组织）" stays one. */
export function splitTopLevel(text: string, separators: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(c)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.map((p) => p.trim()).filter(Boolean);
}

/**
 * How a Chinese organisation's name ends: a head noun (组织, 委员会, 中心, 集团, 办事处, 进程 …) or a closing bracket.
 * A piece of a list that does not end so is the first part of one name with the next ("非洲、加勒比和太平洋国家集团",
 * "中亚区域打击麻醉药品、精神药物及其前体非法贩运信息和协调中心"): the rule of the lists, not a list of names.
 */
const ORGANISATION_END = /(?:组织|委员会|理事会|中心|集团|机构|进程|联合体|联盟|基金|专员|大学|教团|论坛|网络|方案|计划|议会|[署局处办室会所院行团部司厅盟体])$|[)）》”]$/;
const isWholeOrganisation = (name: string) => ORGANISATION_END.test(name);

/**
 * A printed list of organisations. Chinese: split at "、" and "；" outside brackets; a piece that is no whole name
 * continues into the next; the last piece is split at 和 / 及 / 以及 only where both sides are whole names
 * ("…办事处和欧安组织", not "非洲、加勒比和太平洋国家集团"). Other languages: as a list of names.
 */
export function splitOrganisationList(list: string, language: Language, isKnown: (name: string) => boolean): string[] {
  if (language !== 'zh') return splitNameList(list, language, isKnown);
  const pieces = splitTopLevel(trimEndChars(tidy(list), '。.;；'), '、；;');
  const names: string[] = [];
  let pending = '';
  pieces.forEach((piece, i) => {
    const name = pending ? `${pending}、${piece}` : piece;
    pending = !isWholeOrganisation(name) && !isKnown(name) && i < pieces.length - 1 ? name : '';
    if (!pending) names.push(name);
  });
  const last = names.pop();
  if (last !== undefined) names.push(...splitLastOrganisation(last));
  return names.map((n) => n.replace(/^(?:和|及|以及)/, '')).filter(Boolean);
}

function splitLastOrganisation(name: string): string[] {
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const conj = name.startsWith('以及', i) ? '以及' : c === '和' || c === '及' ? c : '';
      if (!conj) continue;
      const left = name.slice(0, i);
      const right = name.slice(i + conj.length);
      if (right && isWholeOrganisation(left) && isWholeOrganisation(right)) return [left, ...splitLastOrganisation(right)];
    }
  }
  return [name];
}

/** The names a paragraph lists: after its colon, or the one entity a sentence names ("巴勒斯坦国作为…出席了会议"). */
export function listedNames(text: string, language: Language, isKnown: (name: string) => boolean): { intro: string; names: string[] } {
  const colon = language === 'zh' ? text.search(/[：:]/) : text.search(/:/);
  if (colon !== -1) {
    const intro = text.slice(0, colon);
    const category = listCategory(intro, language);
    // States are split as States (the directory knows them); entities and organisations by how their names end.
    const split = category && !STATE_LIKE.includes(category as AttendanceCategory) ? splitOrganisationList : splitNameList;
    return { intro, names: split(text.slice(colon + 1), language, isKnown) };
  }
  const clean = text.replace(/[。.]\s*$/, '');
  if (language === 'zh') {
    const candidates = [
      /^(?:区域经济一体化组织)?([^，。、]{2,24}?)(?:这一|作为)/.exec(clean)?.[1],
      /(?:的实体|一体化组织|非会员国)([^，。、]{2,24}?)(?:也)?(?:派(?:观察员|代表|员))?(?:派)?(?:也)?出席/.exec(clean)?.[1],
    ];
    const name = candidates.find((c) => c && !/下列|以下|收到|设有|邀请|参加|观察员|^派|^也/.test(c));
    if (name) return { intro: clean, names: [name] };
    return { intro: clean, names: [] };
  }
  // The name starts at a non-space and ends before one space and the verb (`\s+` there would trade spaces with it).
  const named = /^(?:The\s+)?(\S.*?)(?:,\s|\s(?:was|were)\s+(?:also\s+)?(?:represented|present))/.exec(clean);
  return { intro: clean, names: named && !/^following\b/i.test(named[1]) ? [named[1]] : [] };
}

/** Whether a paragraph of the attendance section lists participants (and is not the pointer to the list of participants). */
export function isAttendanceParagraph(text: string, language: Language): boolean {
  return language === 'zh'
    ? /出席/.test(text) && !/名单/.test(text)
    : /\b(?:attended|represented|present|participated)\b/i.test(text) && !/list of participants/i.test(text);
}

export function extractAttendance(
  paragraphs: LocatedText[],
  language: Language,
  states: StateDirectoryEntry[],
): { attendance: PlannedAttendance[]; warnings: ImportWarning[] } {
  const attendance: PlannedAttendance[] = [];
  const warnings: ImportWarning[] = [];
  const seen = new Map<string, number>();
  const isKnown = (name: string) => matchState(name, states) !== null;
  for (const p of paragraphs) {
    if (!isAttendanceParagraph(p.text, language)) continue;
    const { intro, names } = listedNames(p.text, language, isKnown);
    const category = listCategory(intro, language);
    if (!category || !names.length) continue;
    for (const raw of names) {
      const name = tidy(raw).replace(/^(?:the\s+)(?=[A-Z])/i, '');
      if (!name) continue;
      const state = matchState(name, states);
      // A United Nations entity is one whatever list the report prints it in (2019 lists OHCHR among the
      // intergovernmental organizations): one category in every session.
      let final: AttendanceCategory =
        category === 'mixed' || category === 'igo' || category === 'other_entity' ? (isUnEntity(name, language) ? 'un_entity' : category === 'mixed' ? 'igo' : category) : category;
      if (isEu(name) || state?.kind === 'reio') final = 'reio';
      else if (!STATE_LIKE.includes(final) && state && state.kind !== 'other') final = 'observer_state';
      const stateLike = STATE_LIKE.includes(final);
      const stateCode = state && (stateLike || state.kind !== 'other') ? state.code : null;
      const line = lineOf(p, raw.trim());
      if (stateLike && !stateCode) {
        warnings.push({ code: 'UNMATCHED_STATE', message: `"${name}" (${final}) matches no State in the directory`, line });
      }
      const key = stateCode ?? name;
      if (seen.has(key)) {
        warnings.push({ code: 'DUPLICATE_ATTENDANCE', message: `"${name}" is listed twice (also line ${seen.get(key)})`, line });
      } else seen.set(key, line);
      attendance.push({ name, category: final, stateCode });
    }
  }
  return { attendance, warnings };
}
