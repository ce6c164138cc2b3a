/**
 * The article rules against the real seeded reports (seeds/reports): the expected links were written by reading each
 * paragraph against the Protocol and the Convention. `!` marks an explicit citation (a strong suggestion).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport, type PlannedRecommendation } from '#importer';
import { citedArticles, suggestArticles } from './article-rules.js';

const texts = new Map<string, string>();
for (const file of ['2011-wg4-4th-meeting-report.zh.txt', '2013-wg4-5th-meeting-report.zh.txt', '2019-wg4-9th-meeting-report.zh.txt']) {
  const plan = parseReport(readFileSync(path.join(process.cwd(), 'seeds', 'reports', file), 'utf8'), { states: [], themes: [] });
  const walk = (r: PlannedRecommendation) => {
    texts.set(`${plan.session!.number}/${r.number}`, r.text);
    r.children.forEach(walk);
  };
  for (const section of plan.sections) section.recommendations.forEach(walk);
}

const suggested = (key: string) => {
  const text = texts.get(key);
  if (text === undefined) throw new Error(`no recommendation ${key} in the seeded reports`);
  return suggestArticles({ zh: text }).map((s) => `${s.article}${s.basis === 'citation' ? '!' : ''}`);
};

describe('article suggestions for the seeded reports', () => {
  it.each([
    // 2011 (4th meeting), para 51: compensation of victims, citing Protocol art. 6(6) and 6(2)
    ['4/51(b)', ['tip_3', 'tip_5', 'tip_6']], // define trafficking in law, criminalization, access to justice
    ['4/51(c)', ['tip_6!']], // "根据《贩运人口议定书》第 6 条第 6 款" — compensation
    ['4/51(d)', ['tip_6!']], // art. 6(2): information on proceedings
    ['4/51(f)', ['untoc_12']], // seizure and confiscation
    ['4/51(g)', ['tip_6', 'tip_7', 'tip_8']], // compensation whatever the immigration status or return
    ['4/51(i)', ['tip_6!']],
    // 2013 (5th meeting)
    ['5/7', ['untoc_8']], // trafficking and corruption
    ['5/9', ['tip_9']], // administrative tools to prevent
    ['5/11', ['tip_3']], // "consent", a key concept of art. 3
    ['5/17', ['tip_9']], // demand reduction, art. 9(5)
    ['5/25', ['tip_5', 'tip_9', 'untoc_16', 'untoc_18', 'untoc_24']], // witness protection, MLA, extradition
    ['5/26', ['tip_6', 'untoc_6', 'untoc_12']], // seizure, confiscation, money-laundering predicate offence
    ['5/28', ['untoc_15!']], // "《联合国打击跨国有组织犯罪公约》第 15 条" — jurisdiction
    ['5/31', ['tip_6']], // confidentiality of proceedings, art. 6(1)
    ['5/36', ['tip_5']], // penalties
    ['5/37', ['untoc_32!', 'untoc_37!']], // "《公约》第 32 和 37 条"
    // 2019 (9th meeting)
    ['9/1', ['tip_6', 'untoc_24']], // victim assistance services, witness protection
    ['9/2', ['tip_6']], // referral mechanisms
    ['9/9', ['tip_6', 'tip_9']], // shelters, re-victimization
    ['9/10', ['untoc_12', 'untoc_16', 'untoc_18', 'untoc_19']], // proceeds, joint investigations, extradition, MLA
    ['9/11', ['tip_10!']], // "《贩运人口问题议定书》第十条第一款" — information exchange
    ['9/13', ['tip_9']], // awareness-raising
    ['9/16', ['tip_10']], // training of security and military personnel
    ['9/23', ['tip_9']], // prevention in public procurement
    ['9/28', ['tip_6', 'tip_9', 'tip_10', 'tip_11']], // training before service abroad, visa applicants
  ])('%s → %j', (key, expected) => {
    expect(suggested(key)).toEqual(expected);
  });

  it('suggests nothing for a paragraph that concerns no article (2019 rec 14, the media)', () => {
    expect(suggested('9/14')).toEqual([]);
  });
});

describe('explicit citations', () => {
  const cited = (text: string, language?: string) => citedArticles(text, language).map((s) => s.article);

  it('reads the text without its language with every pattern, each article once', () => {
    expect(cited('article 6 of the Protocol; art. 6')).toEqual(['tip_6']);
  });

  it('reads article numbers in English, French, Spanish, Russian and Arabic', () => {
    expect(cited('In line with article 6 of the Trafficking in Persons Protocol, States parties should …', 'en')).toEqual(['tip_6']);
    expect(cited('as required by art. 9 and by articles 11 to 13 of the Protocol', 'en')).toEqual(['tip_9', 'tip_11', 'tip_12', 'tip_13']);
    expect(cited('articles 16 and 18 of the Organized Crime Convention', 'en')).toEqual(['untoc_16', 'untoc_18']);
    expect(cited('conformément à l’article 6 du Protocole relatif à la traite des personnes', 'fr')).toEqual(['tip_6']);
    expect(cited('de conformidad con el artículo 9 del Protocolo', 'es')).toEqual(['tip_9']);
    expect(cited('в соответствии со статьей 10 Протокола', 'ru')).toEqual(['tip_10']);
    expect(cited('وفقا للمادة 6 من البروتوكول', 'ar')).toEqual(['tip_6']);
    expect(cited('المادة 6 من البروتوكول', 'ar')).toEqual(['tip_6']);
  });

  it('ignores the other Protocols and numbers the Protocol does not have', () => {
    expect(cited('article 3 of the Smuggling of Migrants Protocol', 'en')).toEqual([]);
    expect(cited('《偷运移民议定书》第 6 条')).toEqual([]);
    expect(cited('article 32 of the Protocol', 'en')).toEqual([]);
  });

  it('is a strong suggestion: a citation wins over a keyword for the same article', () => {
    expect(suggestArticles({ en: 'Assistance to victims, as article 6 of the Protocol provides' })).toEqual([{ article: 'tip_6', basis: 'citation', rule: 'citation:en' }]);
  });

  it('applies the keywords of each language to that language’s text', () => {
    expect(suggestArticles({ fr: 'Les États parties devraient renforcer les mesures aux frontières et la prévention' }).map((s) => s.article)).toEqual(['tip_9', 'tip_11']);
    expect(suggestArticles({ en: 'States parties should strengthen border controls' }).map((s) => s.article)).toEqual(['tip_11']);
    expect(suggestArticles({ es: 'asistencia a las víctimas' }).map((s) => s.article)).toEqual(['tip_6']);
    expect(suggestArticles({ ru: 'усилить пограничный контроль и выдачу визов' }).map((s) => s.article)).toEqual(['tip_11']);
    expect(suggestArticles({ ru: 'во время визита' })).toEqual([]); // a visit is not a visa
  });
});
