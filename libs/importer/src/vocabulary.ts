/**
 * The vocabulary of the French, Spanish, Russian and Arabic versions of the Working Group's reports: how their
 * recommendations chapter is headed, how a paragraph introduces the recommendations, who is addressed and how
 * strongly, and how their labels are printed (French, Spanish, Russian "a)", "i)"; Arabic "أولا-", "ألف-", "1-",
 * "(أ)", "‘1’"), which `normaliseLabels` rewrites to the labels the segmenter reads ("I.", "A.", "1.", "(a)", "(i)").
 * Chinese and English keep their own tables (classify.ts); every pattern here is bounded (no nested unbounded
 * quantifier: see regex-audit.spec.ts).
 */
import type { Addressee, Adoption, Modality } from '#contracts';
import type { Language } from './import-plan.js';

export type OtherLanguage = 'fr' | 'es' | 'ru' | 'ar';
export const isOtherLanguage = (l: Language): l is OtherLanguage => l === 'fr' || l === 'es' || l === 'ru' || l === 'ar';

interface Vocabulary {
  /** Heading of the recommendations chapter (tested on its start). */
  recommendationsHeading: RegExp;
  /** A paragraph that only introduces the recommendations. */
  introduction: RegExp;
  /** Its adoption, when it says more than "adopted". */
  endorsed: RegExp;
  forCop: RegExp;
  /** Who: [pattern, addressee]; tried in order at each position (longest names first). */
  actors: [string, Addressee][];
  /** [pattern with an `ACTOR` placeholder, modality]: the clause that addresses someone and how strongly. */
  rules: [string, Modality][];
  /** A paragraph whose own words end by introducing the items below it. */
  introducesItems: RegExp;
  /** "the following recommendations": a paragraph so ending has recommendations as its items (ADR 0009). */
  followingRecommendations: RegExp;
  /** A list of topics introduced ("the following topics"): its items are the recommendations (ADR 0009). */
  topics: RegExp;
  /** One of several options asked for ("one of the following", "may include"): one recommendation (ADR 0009). */
  options: RegExp;
  /** Attendance section heading. */
  attendance: RegExp;
}

const V: Record<OtherLanguage, Vocabulary> = {
  fr: {
    recommendationsHeading: /^Recommandations?(?:\s|$)/i,
    introduction: /(?:a adopté|a approuvé|a fait siennes) les recommandations suivantes|recommandations adoptées par le Groupe de travail (?:sont|figurent) (?:reproduites |présentées )?ci-(?:après|dessous)/i,
    endorsed: /(?:approuvé|fait siennes)[^.]{0,200}Président/i,
    forCop: /recommande à la Conférence des Parties d[e’'] ?(?:examiner|adopter)/i,
    actors: [
      ["(?:[Ll]es |[Aa]ux )?États [Pp]arties(?: au Protocole)?", 'states_parties'],
      ["(?:[Ll]es |[Aa]ux )?États [Mm]embres", 'states'],
      ["(?:[Ll]es |[Aa]ux )?États", 'states'],
      ["(?:l[’'])?Office des Nations Unies contre la drogue et le crime(?: \\(ONUDC\\))?", 'unodc'],
      ["(?:l[’'])?ONUDC", 'unodc'],
      ["(?:[Ll]e )?[Ss]ecrétariat", 'unodc'],
      ["(?:[Ll]a )?Conférence des Parties", 'cop'],
      ["(?:[Ll]a )?Conférence", 'cop'],
      ["(?:[Ll]e )?Groupe de travail(?: sur la traite des personnes)?", 'working_group'],
      ["(?:[Ll]es )?entités (?:compétentes )?des Nations Unies", 'un_entities'],
      ["(?:[Ll]es )?organisations (?:régionales et )?internationales", 'international_organizations'],
    ],
    rules: [
      ['ACTOR (?:devraient|devrait) (?:continuer à |également )?envisager', 'should_consider'],
      ['ACTOR (?:devraient|devrait),[^,;.]{1,80}, envisager', 'should_consider'],
      ['Groupe de travail recommande (?:à|aux) ACTOR d[e’\']', 'should_consider'],
      ['ACTOR (?:devraient|devrait|doivent|doit)', 'should'],
      ['ACTOR (?:souhaiteront|souhaitera) peut-être', 'may'],
      ['ACTOR (?:pourraient|pourrait|peuvent|peut)', 'may'],
      ['ACTOR (?:sont|est) (?:vivement )?encouragée?s? à', 'encouraged'],
      ['ACTOR (?:sont|est) (?:priée?s?|invitée?s?) (?:de|à)', 'requested'],
      ['(?:^|[.;:] )(?:[Ii]l est )?(?:recommandé|demandé) (?:à|aux) ACTOR', 'requested'],
      ['(?:^|[.;:] )(?:[Ee]ncourage|[Ii]nvite|[Pp]rie) ACTOR', 'encouraged'],
    ],
    introducesItems: /(?:suivante?s|ci-après)\s?:?\s?$/i,
    followingRecommendations: /recommandations? (?:suivantes?|ci-après)|suivantes? recommandations?/i,
    topics: /(?:thèmes|sujets|questions) suivants|suivants? (?:thèmes|sujets)/i,
    options: /l[’']une des (?:options|solutions|possibilités|mesures) suivantes|(?:peut|peuvent) (?:notamment )?(?:comprendre|inclure)/i,
    attendance: /Participation/i,
  },
  es: {
    recommendationsHeading: /^Recomendaciones?(?:\s|$)/i,
    introduction: /(?:aprobó|hizo suyas) las (?:siguientes recomendaciones|recomendaciones siguientes)|recomendaciones aprobadas por el Grupo de Trabajo (?:figuran|se reproducen) a continuación/i,
    endorsed: /hizo suyas[^.]{0,200}President/i,
    forCop: /recomienda (?:a la|que la) Conferencia de las Partes (?:examine|apruebe)/i,
    actors: [
      ['(?:[Ll]os |[Aa] los )?Estados [Pp]artes(?: en el Protocolo)?', 'states_parties'],
      ['(?:[Ll]os |[Aa] los )?Estados [Mm]iembros', 'states'],
      ['(?:[Ll]os |[Aa] los )?Estados', 'states'],
      ['(?:[Ll]a |[Aa] la )?Oficina de las Naciones Unidas contra la Droga y el Delito(?: \\(UNODC\\))?', 'unodc'],
      ['(?:[Ll]a |[Aa] la )?UNODC', 'unodc'],
      ['(?:[Ll]a |[Aa] la )?[Ss]ecretaría', 'unodc'],
      ['(?:[Ll]a |[Aa] la )?Conferencia de las Partes', 'cop'],
      ['(?:[Ll]a |[Aa] la )?Conferencia', 'cop'],
      ['(?:[Ee]l |[Aa]l )?Grupo de Trabajo(?: sobre la Trata de Personas)?', 'working_group'],
      ['(?:[Ll]as )?entidades (?:competentes )?de las Naciones Unidas', 'un_entities'],
      ['(?:[Ll]as )?organizaciones (?:regionales e )?internacionales', 'international_organizations'],
    ],
    rules: [
      ['ACTOR (?:deberían|debería) (?:seguir |también )?considerar', 'should_consider'],
      ['ACTOR (?:deberían|debería),[^,;.]{1,80}, considerar', 'should_consider'],
      ['Grupo de Trabajo recomienda (?:a la|al|a los) ACTOR que', 'should_consider'],
      ['ACTOR (?:deberían|debería|deben|debe)', 'should'],
      ['ACTOR (?:quizá|tal vez) (?:deseen|desee)', 'may'],
      ['ACTOR (?:podrían|podría|pueden|puede)', 'may'],
      ['(?:^|[.;:] )(?:[Ss]e )?(?:alienta|exhorta) a ACTOR', 'encouraged'],
      ['(?:^|[.;:] )(?:[Ss]e )?(?:solicita|pide|invita) a ACTOR', 'requested'],
    ],
    introducesItems: /(?:siguientes?|a continuación)\s?:?\s?$/i,
    followingRecommendations: /siguientes? recomendaci(?:ón|ones)|recomendaci(?:ón|ones) siguientes?/i,
    topics: /siguientes (?:temas|cuestiones|asuntos)|(?:temas|cuestiones|asuntos) siguientes/i,
    options: /una de las (?:siguientes (?:opciones|medidas)|(?:opciones|medidas) siguientes)|(?:puede|pueden) incluir/i,
    attendance: /Asistencia/i,
  },
  ru: {
    recommendationsHeading: /^Рекомендации(?:\s|,|$)/i,
    introduction: /(?:приняла|одобрила) следующие рекомендации|Ниже приводятся рекомендации,? (?:принятые|одобренные) Рабочей группой|рекомендации,? принятые Рабочей группой,? (?:приводятся|излагаются) ниже/i,
    endorsed: /одобрила[^.]{0,200}Председател/i,
    forCop: /рекомендует Конференции участников (?:рассмотреть|принять)/i,
    actors: [
      ['[Гг]осударства(?:м|ми)?-участник(?:ам|ами|и|ов)', 'states_parties'],
      ['[Гг]осударств-участников', 'states_parties'],
      ['[Гг]осударства(?:м|ми)?-член(?:ам|ами|ы|ов)', 'states'],
      ['[Гг]осударства(?:м|ми)?', 'states'],
      ['(?:Управлени[юяе] Организации Объединенных Наций по наркотикам и преступности(?: \\(ЮНОДК\\))?)', 'unodc'],
      ['ЮНОДК', 'unodc'],
      ['[Сс]екретариат[уа]?', 'unodc'],
      ['Конференци[июя] участников', 'cop'],
      ['Рабоч(?:ей|ая|ую) групп(?:е|а|у)(?: по торговле людьми)?', 'working_group'],
      ['(?:соответствующим |соответствующие )?(?:подразделени(?:ям|я)|структур(?:ам|ы)) Организации Объединенных Наций', 'un_entities'],
      ['(?:региональн(?:ым|ые) и )?международн(?:ым|ые) организаци(?:ям|и)', 'international_organizations'],
    ],
    rules: [
      ['ACTOR,? (?:возможно,? )?пожела(?:ют|ет) рассмотреть', 'may'],
      ['ACTOR (?:следует|надлежит) (?:также |и впредь )?рассмотреть', 'should_consider'],
      ['ACTOR (?:следует|надлежит),[^,;.]{1,80}, рассмотреть', 'should_consider'],
      ['Рабочая группа рекомендует ACTOR рассмотреть', 'should_consider'],
      ['ACTOR (?:следует|надлежит)', 'should'],
      ['ACTOR (?:должны|должно|должна)', 'should'],
      ['ACTOR (?:могут|может)', 'may'],
      ['ACTOR (?:предлагается|поручается|просят)', 'requested'],
      ['(?:^|[.;:] )(?:[Рр]екомендуется|[Пп]редлагается) ACTOR', 'encouraged'],
      ['ACTOR (?:рекомендуется|призывают|призывается)', 'encouraged'],
    ],
    introducesItems: /(?:следующ(?:ие|их)[^.;:]{0,80}|ниже)\s?:\s?$/i,
    followingRecommendations: /следующ(?:ие|ую|их) рекомендаци(?:и|ю|й)|рекомендаци(?:и|ю),? (?:приводим|излагаем)(?:ые|ую) ниже/i,
    topics: /следующие (?:темы|вопросы)/i,
    options: /(?:один|одну|одно) из следующих|(?:может|могут) включать/i,
    attendance: /Участники|Участие/i,
  },
  ar: {
    recommendationsHeading: /^التوصيات(?:\s|$)/,
    introduction: /(?:اعتمد|أقر) الفريق العامل التوصيات (?:التالية|الآتية)|ترد أدناه التوصيات التي (?:اعتمدها|أقرها) الفريق العامل|التوصيات التي اعتمدها الفريق العامل (?:ترد|مبينة) أدناه/,
    endorsed: /أقر[^.]{0,200}الرئيس/,
    forCop: /يوصي مؤتمر الأطراف بأن (?:ينظر|يعتمد)/,
    actors: [
      ['(?:لل|ال)دول الأطراف(?: في البروتوكول)?', 'states_parties'],
      ['(?:لل|ال)دول الأعضاء', 'states'],
      ['(?:لل|ال)دول', 'states'],
      ['(?:لمكتب|مكتب) الأمم المتحدة المعني بالمخدرات والجريمة', 'unodc'],
      ['(?:لل|ال)مكتب', 'unodc'],
      ['(?:لل|ال)أمانة', 'unodc'],
      ['(?:لمؤتمر|مؤتمر) الأطراف', 'cop'],
      ['(?:لل|ال)فريق العامل(?: المعني بالاتجار بالأشخاص)?', 'working_group'],
      ['(?:ل|)كيانات الأمم المتحدة', 'un_entities'],
      ['(?:لل|ال)منظمات (?:الإقليمية و)?الدولية', 'international_organizations'],
    ],
    rules: [
      ['(?:ينبغي|يجب) ACTOR (?:أيضا )?أن (?:تنظر|ينظر)(?: في|،)', 'should_consider'],
      ['يوصي الفريق العامل ACTOR بأن (?:تنظر|ينظر)', 'should_consider'],
      ['(?:ينبغي|يجب) ACTOR', 'should'],
      ['(?:قد )?(?:ترغب|يرغب) ACTOR في النظر', 'may'],
      ['(?:يجوز|يمكن) ACTOR', 'may'],
      ['(?:تُشجَّع|تشجع|يُشجَّع|يشجع) ACTOR', 'encouraged'],
      ['(?:يُطلب|يطلب|يُرجى|يرجى) (?:إلى|من) ACTOR', 'requested'],
    ],
    introducesItems: /(?:التالية|الآتية|يلي)\s?:\s?$/,
    followingRecommendations: /(?:التوصيات|التوصية) (?:التالية|الآتية)/,
    topics: /(?:المواضيع|المسائل) (?:التالية|الآتية)/,
    options: /(?:أحد|إحدى) (?:الخيارات|البدائل) (?:التالية|الآتية)|(?:يجوز|يمكن) أن (?:يشمل|تشمل)/,
    attendance: /الحضور/,
  },
};

export const vocabularyOf = (language: OtherLanguage): Vocabulary => V[language];

export interface Found {
  index: number;
  addressee: Addressee[];
  modality: Modality;
}

function actorsIn(text: string, table: [string, Addressee][]): Addressee[] {
  const found: Addressee[] = [];
  for (const [source, addressee] of table) {
    if (new RegExp(source).test(text) && !found.includes(addressee)) found.push(addressee);
  }
  // "États parties" also contains "États": the more specific one wins.
  return found.includes('states_parties') ? found.filter((a) => a !== 'states') : found;
}

/** The first clause of `text` that addresses someone, and how strongly; null when none does. */
export function classifyOther(text: string, language: OtherLanguage): Found | null {
  const v = V[language];
  const one = `(?:${v.actors.map(([s]) => `(?:${s})`).join('|')})`;
  const joiner = language === 'ar' ? '(?: و| أو |، )' : language === 'ru' ? '(?:,? и |, )' : language === 'fr' ? '(?:,? et |, )' : '(?:,? y |, )';
  const actors = `(${one}(?:${joiner}${one}){0,8})`;
  let best: Found | null = null;
  for (const [rule, modality] of v.rules) {
    const m = new RegExp(rule.replace('ACTOR', actors)).exec(text);
    if (!m) continue;
    const addressee = actorsIn(m[1], v.actors);
    if (!addressee.length) continue;
    if (!best || m.index < best.index) best = { index: m.index, addressee, modality };
  }
  return best;
}

export function adoptionOther(text: string, language: OtherLanguage): Adoption {
  const v = V[language];
  if (v.endorsed.test(text)) return 'endorsed';
  if (v.forCop.test(text)) return 'for_cop_consideration';
  return 'adopted';
}

const AR_CHAPTERS = ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];
const AR_SECTIONS = ['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'حاء', 'طاء', 'ياء', 'كاف', 'لام'];
const AR_ITEMS = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م'];
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const ROMAN_UPPER = ROMAN.map((r) => r.toUpperCase());
const LATIN = 'abcdefghijklm';
const CYRILLIC_LOOKALIKE: Record<string, string> = { А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', Т: 'T' };

const AR_CHAPTER = new RegExp(`(^|\\s)(${AR_CHAPTERS.join('|')})\\s?[-–]\\s`, 'g');
const AR_SECTION = new RegExp(`(^|\\s)(${AR_SECTIONS.join('|')})\\s?[-–]\\s`, 'g');
const AR_ITEM = new RegExp(`(^|\\s)\\((${AR_ITEMS.join('|')})\\)(?=\\s)`, 'g');
const AR_ROMAN_ITEM = /(^|\s)[‘'](\d{1,2})[’'](?=\s)/g;
const AR_PARAGRAPH = /(^|\s)(\d{1,3})\s?[-–]\s/g;
const CLOSING_ITEM = /(^|[\s:;])([a-z]|[ivx]{2,5})\)(?=\s)/g;
const RU_SECTION = /(^|\s)([АВСЕНКМТ])\.(?=\s)/g;

/**
 * The labels of a line rewritten to those the segmenter reads: Arabic-Indic digits → ASCII; Arabic ordinal chapters,
 * letter-name sections, "1-" paragraphs, "(أ)" items and "‘1’" sub-items; French/Spanish/Russian "a)" and "iv)";
 * Russian sections printed with Cyrillic letters that look like Latin ones.
 */
export function normaliseLabels(line: string, language: Language): string {
  if (language === 'ar') {
    return line
      .replace(/[\u0660-\u0669]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0660 + 0x30))
      .replace(AR_CHAPTER, (_m, pre: string, w: string) => `${pre}${ROMAN_UPPER[AR_CHAPTERS.indexOf(w)]}. `)
      .replace(AR_SECTION, (_m, pre: string, w: string) => `${pre}${String.fromCharCode(0x41 + AR_SECTIONS.indexOf(w))}. `)
      .replace(AR_ITEM, (_m, pre: string, w: string) => `${pre}(${LATIN[AR_ITEMS.indexOf(w)]})`)
      .replace(AR_ROMAN_ITEM, (m, pre: string, d: string) => (ROMAN[Number(d) - 1] ? `${pre}(${ROMAN[Number(d) - 1]})` : m))
      .replace(AR_PARAGRAPH, (_m, pre: string, n: string) => `${pre}${n}. `);
  }
  if (language === 'fr' || language === 'es' || language === 'ru') {
    let out = line.replace(CLOSING_ITEM, (_m, pre: string, l: string) => `${pre}(${l})`);
    if (language === 'ru') out = out.replace(RU_SECTION, (_m, pre: string, l: string) => `${pre}${CYRILLIC_LOOKALIKE[l]}.`);
    return out;
  }
  return line;
}
