import { detect, detectLanguage } from './language.js';
import { parseReport } from './parse-report.js';
import { SAMPLE_STATES } from '../fixtures/support.js';

describe('detectLanguage: by script, then by vocabulary', () => {
  it.each([
    ['缔约国应当考虑 UNODC and the COP', 'zh'],
    ['States parties should consider adopting legislation', 'en'],
    ['Les États parties devraient envisager d’adopter une législation conforme au Protocole.', 'fr'],
    ['Los Estados partes deberían considerar la posibilidad de aprobar una legislación.', 'es'],
    ['Государствам-участникам следует рассмотреть возможность принятия законодательства.', 'ru'],
    ['ينبغي للدول الأطراف أن تنظر في اعتماد تشريعات.', 'ar'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('tells nothing from digits, punctuation or Latin letters that are no report words', () => {
    expect(detect('1'.repeat(38) + 'x')).toMatchObject({ language: null, script: 'latin' });
    expect(detect('12345 67 ... ---')).toMatchObject({ language: null, script: 'none' });
    expect(detect('Lorem ipsum dolor sit amet consectetur adipiscing elit')).toMatchObject({ language: null, script: 'latin' });
  });

  it('reads only a bounded sample of words of a long text', () => {
    const started = performance.now();
    expect(detectLanguage('The States parties should act. '.repeat(300_000))).toBe('en');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('parseReport refuses rather than answering an empty plan', () => {
  const parse = (text: string) => parseReport(text, { states: SAMPLE_STATES });
  it('refuses a text whose language cannot be told', () => {
    expect(parse('1'.repeat(38) + 'x').refusal).toMatchObject({ code: 'IMPORT_LANGUAGE_UNKNOWN', details: { script: 'latin' } });
  });
  it('refuses a text in which nothing of a report is found', () => {
    const plan = parse('The weather in the city of Vienna is mild and it is the time of the year for a walk.');
    expect(plan.refusal).toMatchObject({ code: 'IMPORT_NOTHING_FOUND', details: { language: 'en' } });
  });
  it('reads every official language (none is refused for its language)', () => {
    expect(parse('II. Recommandations\n\n1. Les États parties devraient coopérer.\n').refusal).toBeUndefined();
    expect(parse('II. Recomendaciones\n\n1. Los Estados partes deberían cooperar.\n').refusal).toBeUndefined();
    expect(parse('II. Рекомендации\n\n1. Государствам-участникам следует сотрудничать.\n').refusal).toBeUndefined();
    expect(parse('ثانيا- التوصيات\n\n1- ينبغي للدول الأطراف أن تتعاون.\n').refusal).toBeUndefined();
  });
  it('does not refuse a real fragment', () => {
    expect(parse('二. 建议\n\n1. 缔约国应当加强合作。\n').refusal).toBeUndefined();
    expect(parse('II. Recommendations\n\n1. States parties should cooperate.\n').refusal).toBeUndefined();
  });
});
