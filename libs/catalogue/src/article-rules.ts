/**
 * Which articles of the Trafficking in Persons Protocol (`tip_N`) and of the Organized Crime Convention (`untoc_N`) a
 * recommendation's text concerns: explicit citations ("第 6 条", "article 6 of the Protocol") are strong suggestions,
 * keywords per language weak ones. Pure: the secretariat confirms or corrects what this suggests.
 */
import { chineseNumeralToInt } from '#importer';

export type ArticleBasis = 'citation' | 'keyword';

export interface ArticleSuggestion {
  /** `tip_6`, `untoc_25`. */
  article: string;
  basis: ArticleBasis;
  /** What suggested it, e.g. `citation:zh` or `keyword:victim_assistance` (stored with the link). */
  rule: string;
}

interface KeywordRule {
  id: string;
  articles: string[];
  /** Substrings, matched case-insensitively; Latin and Cyrillic stems are enough. */
  keywords: Partial<Record<'zh' | 'en' | 'fr' | 'es' | 'ru' | 'ar', string[]>>;
}

/** The keyword rules, one per topic; the articles named are those whose subject the topic is. */
export const ARTICLE_KEYWORD_RULES: readonly KeywordRule[] = [
  {
    id: 'definitions',
    articles: ['tip_3'],
    keywords: {
      zh: ['“同意”', '同意不具有相关性', '关键概念', '滥用脆弱境况', '滥用权力', '界定', '定义'],
      en: ['consent', 'key concept', 'position of vulnerability', 'abuse of power', 'definition of trafficking', 'define trafficking', 'definition of exploitation'],
      fr: ['consentement', 'situation de vulnérabilité', 'définition'],
      es: ['consentimiento', 'situación de vulnerabilidad', 'definición'],
      ru: ['согласи', 'уязвимого положения', 'определени'],
      ar: ['الموافقة', 'حالة استضعاف', 'تعريف'],
    },
  },
  {
    id: 'criminalization',
    articles: ['tip_5'],
    keywords: {
      zh: ['刑事定罪', '有关定罪', '定为刑事犯罪', '刑罚', '起诉贩运者', '起诉涉嫌贩运人'],
      en: ['criminaliz', 'criminalis', 'penalties', 'prosecute traffickers', 'prosecution of traffickers'],
      fr: ['incrimin', 'sanctions pénales'],
      es: ['penaliz', 'tipific'],
      ru: ['криминализ', 'уголовн наказ'],
      ar: ['تجريم'],
    },
  },
  {
    id: 'victim_assistance',
    articles: ['tip_6'],
    keywords: {
      zh: ['受害者援助', '援助服务', '援助和保护', '保护和援助', '保护和帮助', '帮助和保护', '得到保护', '提供有效保护', '庇护所', '转介', '法律援助', '赔偿', '医疗', '心理治疗', '康复', '保密', '司法和行政程序的信息', '支持受害者', '援助'],
      en: ['assistance to victims', 'victim assistance', 'assist victims', 'protection of victims', 'protect victims', 'shelter', 'referral', 'compensation', 'legal assistance to victims', 'recovery of victims', 'confidential', 'support victims', 'support for victims'],
      fr: ['assistance aux victimes', 'protection des victimes', 'hébergement', 'orientation', 'indemnisation', 'réparation'],
      es: ['asistencia a las víctimas', 'protección de las víctimas', 'albergue', 'remisión', 'indemnización', 'reparación'],
      ru: ['помощь жертвам', 'помощи жертвам', 'защиты жертв', 'защита жертв', 'убежищ', 'перенаправлени', 'компенсаци', 'возмещени'],
      ar: ['مساعدة الضحايا', 'حماية الضحايا', 'مأوى', 'الإحالة', 'تعويض'],
    },
  },
  {
    id: 'victim_status',
    articles: ['tip_7'],
    keywords: {
      zh: ['移民地位', '居留'],
      en: ['immigration status', 'residence permit', 'remain in its territory', 'remain in the territory'],
      fr: ['titre de séjour', 'rester sur son territoire'],
      es: ['permiso de residencia', 'permanecer en su territorio'],
      ru: ['вид на жительство', 'оставаться на ее территории'],
      ar: ['تصريح إقامة', 'البقاء في إقليمها'],
    },
  },
  {
    id: 'repatriation',
    articles: ['tip_8'],
    keywords: {
      zh: ['遣返', '返回其原籍国', '返回原籍国'],
      en: ['repatriat', 'return of victims', 'country of origin'],
      fr: ['rapatri'],
      es: ['repatri'],
      ru: ['репатриац'],
      ar: ['إعادة الضحايا', 'العودة إلى أوطانهم'],
    },
  },
  {
    id: 'prevention',
    articles: ['tip_9'],
    keywords: {
      zh: ['预防', '防止', '提高认识', '宣传', '需求', '根源', '脆弱', '易受', '再次受害', '供应链', '采购'],
      en: ['prevent', 'awareness', 'demand', 'root causes', 'vulnerab', 'revictimization', 're-victimization', 'supply chain', 'procurement'],
      fr: ['prévention', 'prévenir', 'sensibilisation', 'la demande', 'causes profondes', 'vulnérab', 'chaîne d’approvisionnement', "chaîne d'approvisionnement"],
      es: ['prevención', 'prevenir', 'sensibilización', 'la demanda', 'causas profundas', 'vulnerab', 'cadena de suministro'],
      ru: ['предупрежд', 'профилактик', 'осведомленност', 'спрос', 'коренные причины', 'уязвим', 'цепочк поставок', 'цепочках поставок'],
      ar: ['منع', 'الوقاية', 'التوعية', 'الطلب', 'الأسباب الجذرية', 'سلاسل الإمداد'],
    },
  },
  {
    id: 'information_training',
    articles: ['tip_10'],
    keywords: {
      zh: ['信息交流', '交流信息', '共享信息', '分享相关经验', '培训'],
      en: ['exchange of information', 'information exchange', 'exchange information', 'share information', 'sharing information', 'training'],
      fr: ['échange d’informations', "échange d'informations", 'échanger des informations', 'formation'],
      es: ['intercambio de información', 'intercambiar información', 'capacitación'],
      ru: ['обмен информацией', 'обмена информацией', 'подготовк кадров', 'подготовки кадров', 'обучени'],
      ar: ['تبادل المعلومات', 'التدريب'],
    },
  },
  {
    id: 'border_measures',
    articles: ['tip_11'],
    keywords: {
      zh: ['边界', '边境', '签证', '承运人'],
      en: ['border', 'visa', 'commercial carrier'],
      fr: ['frontière', 'visa', 'transporteurs'],
      es: ['fronter', 'visado', 'transportistas'],
      ru: ['границ', 'визы', 'виз ', 'визов', 'перевозчик'],
      ar: ['الحدود', 'التأشير', 'الناقلين'],
    },
  },
  {
    id: 'documents',
    articles: ['tip_12', 'tip_13'],
    keywords: {
      zh: ['旅行证件', '身份证件', '伪造证件'],
      en: ['travel document', 'identity document', 'fraudulent document'],
      fr: ['documents de voyage', "documents d’identité", "documents d'identité"],
      es: ['documentos de viaje', 'documentos de identidad'],
      ru: ['документов на въезд', 'проездных документов', 'документов, удостоверяющих личность'],
      ar: ['وثائق السفر', 'وثائق الهوية'],
    },
  },
  {
    id: 'refugees',
    articles: ['tip_14'],
    keywords: {
      zh: ['不驱回', '难民'],
      en: ['non-refoulement', 'refugee'],
      fr: ['non-refoulement', 'réfugié'],
      es: ['no devolución', 'refugiado'],
      ru: ['невысылк', 'беженц'],
      ar: ['عدم الإعادة القسرية', 'اللاجئ'],
    },
  },
  {
    id: 'money_laundering',
    articles: ['untoc_6'],
    keywords: { zh: ['洗钱'], en: ['laundering'], fr: ['blanchiment'], es: ['blanqueo'], ru: ['отмывани'], ar: ['غسل'] },
  },
  {
    id: 'corruption',
    articles: ['untoc_8'],
    keywords: { zh: ['腐败'], en: ['corruption'], fr: ['corruption'], es: ['corrupción'], ru: ['коррупци'], ar: ['الفساد'] },
  },
  {
    id: 'confiscation',
    articles: ['untoc_12'],
    keywords: {
      zh: ['没收', '扣押', '犯罪所得', '金融调查'],
      en: ['confiscat', 'seizure', 'proceeds of crime', 'financial investigation'],
      fr: ['confiscation', 'saisie', 'produit du crime'],
      es: ['decomiso', 'incautación', 'producto del delito'],
      ru: ['конфискац', 'арест имущества', 'доходов от преступлени'],
      ar: ['المصادرة', 'الضبط', 'عائدات الجرائم'],
    },
  },
  {
    id: 'jurisdiction',
    articles: ['untoc_15'],
    keywords: { zh: ['管辖权'], en: ['jurisdiction'], fr: ['compétence'], es: ['jurisdicción'], ru: ['юрисдикци'], ar: ['الولاية القضائية'] },
  },
  {
    id: 'extradition',
    articles: ['untoc_16'],
    keywords: { zh: ['引渡'], en: ['extradition'], fr: ['extradition'], es: ['extradición'], ru: ['выдаче', 'выдачи', 'экстрадиц'], ar: ['تسليم المجرمين'] },
  },
  {
    id: 'mutual_legal_assistance',
    articles: ['untoc_18'],
    keywords: {
      zh: ['司法协助'],
      en: ['mutual legal assistance'],
      fr: ['entraide judiciaire'],
      es: ['asistencia judicial recíproca'],
      ru: ['взаимной правовой помощи', 'взаимная правовая помощь'],
      ar: ['المساعدة القانونية المتبادلة'],
    },
  },
  {
    id: 'joint_investigations',
    articles: ['untoc_19'],
    keywords: { zh: ['联合调查'], en: ['joint investigat'], fr: ['enquêtes conjointes', 'équipes communes d’enquête'], es: ['investigaciones conjuntas', 'equipos conjuntos de investigación'], ru: ['совместн расследовани', 'совместных расследований'], ar: ['التحقيقات المشتركة', 'أفرقة تحقيق مشتركة'] },
  },
  {
    id: 'special_investigative_techniques',
    articles: ['untoc_20'],
    keywords: { zh: ['特殊侦查手段', '特别侦查手段'], en: ['special investigative techniques'], fr: ["techniques d'enquête spéciales", 'techniques d’enquête spéciales'], es: ['técnicas especiales de investigación'], ru: ['специальных методов расследования', 'специальные методы расследования'], ar: ['أساليب التحري الخاصة', 'أساليب التحرّي الخاصة'] },
  },
  {
    id: 'witness_protection',
    articles: ['untoc_24'],
    keywords: { zh: ['证人'], en: ['witness'], fr: ['témoin'], es: ['testigo'], ru: ['свидетел'], ar: ['الشهود'] },
  },
  {
    id: 'technical_assistance',
    articles: ['untoc_29'],
    keywords: { zh: ['能力建设', '技术援助'], en: ['capacity-building', 'capacity building', 'technical assistance'], fr: ['renforcement des capacités', 'assistance technique'], es: ['creación de capacidad', 'asistencia técnica'], ru: ['наращивани потенциала', 'наращивания потенциала', 'техническ помощ', 'технической помощи'], ar: ['بناء القدرات', 'المساعدة التقنية'] },
  },
  {
    id: 'private_sector_prevention',
    articles: ['untoc_31'],
    keywords: { zh: ['公私伙伴关系', '私营部门', '企业'], en: ['public-private partnership', 'private sector', 'business'], fr: ['secteur privé', 'partenariats public-privé'], es: ['sector privado', 'alianzas público-privadas'], ru: ['частн сектор', 'частного сектора'], ar: ['القطاع الخاص'] },
  },
  {
    id: 'conference_of_parties',
    articles: ['untoc_32'],
    keywords: { zh: ['缔约方会议'], en: ['conference of the parties'], fr: ['conférence des parties'], es: ['conferencia de las partes'], ru: ['конференци участников', 'конференции участников'], ar: ['مؤتمر الأطراف'] },
  },
];

/** Article numbers written out: "6", "十", "6、7 和 8", "11 to 13", "11–13". */
function numbersIn(list: string): number[] {
  const parts = list.split(/\s*(?:,|、|和|及|与|至|and|to|et|à|y|a|и|و|–|-)\s*/u).filter(Boolean);
  const values = parts.map((p) => chineseNumeralToInt(p)).filter((n): n is number => n !== null && n > 0 && n < 100);
  // "11 to 13", "11–13", "11 至 13": a range names every article between.
  if (values.length === 2 && /至|to|à|–|-|a(?=\s*\d)/u.test(list) && values[1] > values[0] && values[1] - values[0] < 10) {
    return Array.from({ length: values[1] - values[0] + 1 }, (_v, i) => values[0] + i);
  }
  return values;
}

const NUMBER_LIST = String.raw`\d+|[一二三四五六七八九十]+`;
const LIST = `(?:${NUMBER_LIST})(?:\\s*(?:,|、|和|及|与|至|and|to|et|à|y|a|и|و|–|-)\\s*(?:${NUMBER_LIST}))*`;

/** Which instrument a name refers to: the Trafficking in Persons Protocol, the Convention, or another one (null). */
function instrumentOf(name: string): 'tip' | 'untoc' | null {
  const n = name.toLowerCase();
  if (/贩运人口|人口贩运|trafficking in persons|traite des personnes|trata de personas|торговл[а-я]* людьми|الاتجار بالأشخاص/u.test(n)) return 'tip';
  if (/偷运|枪支|smuggling|firearms|trafic illicite de migrants|armes à feu|tráfico ilícito de migrantes|armas de fuego|незаконного ввоза|огнестрельного|تهريب|الأسلحة النارية/u.test(n)) return null;
  if (/议定书|protocol|protocole|protocolo|протокол|البروتوكول/u.test(n)) return 'tip';
  if (/公约|convention|convención|конвенци|الاتفاقية/u.test(n)) return 'untoc';
  return null;
}

interface CitationPattern {
  language: string;
  pattern: RegExp;
  /** Groups: the numbers and the instrument's name (before or after them). */
  pick: (m: RegExpMatchArray) => { numbers: string; name: string };
}

const CITATIONS: CitationPattern[] = [
  // 《贩运人口议定书》第 6 条, 《公约》第 32 和 37 条, 议定书第十条
  { language: 'zh', pattern: new RegExp(`(《[^》]{1,80}》|议定书|公约)\\s*第\\s*(${LIST})\\s*条`, 'gu'), pick: (m) => ({ name: m[1], numbers: m[2] }) },
  // article 6 of the Protocol, articles 11 to 13 of the Trafficking in Persons Protocol, art. 9
  {
    language: 'en',
    pattern: new RegExp(`\\b(?:articles?|arts?\\.)\\s+(${LIST})(?:\\s*\\([^)]{1,6}\\))*(?:\\s+of\\s+the\\s+([A-Za-z ]{0,80}?(?:Protocol|Convention)))?`, 'giu'),
    pick: (m) => ({ numbers: m[1], name: m[2] ?? '' }),
  },
  {
    language: 'fr',
    pattern: new RegExp(`\\b(?:articles?|art\\.)\\s+(${LIST})(?:\\s*\\([^)]{1,6}\\))*(?:\\s+(?:du|de la)\\s+([^\\d.;]{0,80}?(?:Protocole|Convention)))?`, 'giu'),
    pick: (m) => ({ numbers: m[1], name: m[2] ?? '' }),
  },
  {
    language: 'es',
    pattern: new RegExp(`\\b(?:artículos?|art\\.)\\s+(${LIST})(?:\\s*\\([^)]{1,6}\\))*(?:\\s+(?:del|de la)\\s+([^\\d.;]{0,80}?(?:Protocolo|Convención)))?`, 'giu'),
    pick: (m) => ({ numbers: m[1], name: m[2] ?? '' }),
  },
  {
    language: 'ru',
    pattern: new RegExp(`(?:стать[яиейюям]+|ст\\.)\\s+(${LIST})(?:\\s*\\([^)]{1,6}\\))*(?:\\s+([^\\d.;]{0,80}?(?:Протокола|Протоколу|Конвенции)))?`, 'giu'),
    pick: (m) => ({ numbers: m[1], name: m[2] ?? '' }),
  },
  {
    language: 'ar',
    pattern: new RegExp(`(?:المادة|للمادة|المادتين|المواد)\\s+(${LIST})(?:\\s+من\\s+([^\\d.؛]{0,80}?(?:البروتوكول|الاتفاقية)))?`, 'gu'),
    pick: (m) => ({ numbers: m[1], name: m[2] ?? '' }),
  },
];

/**
 * Explicit citations in one text, read with the patterns of its language (all of them when it is not known); an
 * article cited without its instrument is the Protocol's (the Working Group's).
 */
export function citedArticles(text: string, textLanguage?: string): ArticleSuggestion[] {
  const out: ArticleSuggestion[] = [];
  const patterns = CITATIONS.filter((c) => !textLanguage || c.language === textLanguage || !CITATIONS.some((o) => o.language === textLanguage));
  for (const { language, pattern, pick } of patterns) {
    for (const m of text.matchAll(pattern)) {
      const { numbers, name } = pick(m);
      const instrument = name ? instrumentOf(name) : 'tip';
      if (!instrument) continue;
      for (const n of numbersIn(numbers)) {
        if (instrument === 'tip' && n > 20) continue;
        if (!out.some((s) => s.article === `${instrument}_${n}`)) out.push({ article: `${instrument}_${n}`, basis: 'citation', rule: `citation:${language}` });
      }
    }
  }
  return out;
}

/**
 * The suggestions for a recommendation's texts (one per language): citations first, then keyword topics; one
 * suggestion per article (a citation wins over a keyword). Unknown articles are the caller's to drop.
 */
export function suggestArticles(texts: Record<string, string>): ArticleSuggestion[] {
  const found = new Map<string, ArticleSuggestion>();
  for (const [language, text] of Object.entries(texts)) {
    for (const s of citedArticles(text, language)) if (!found.has(s.article)) found.set(s.article, s);
  }
  for (const [language, text] of Object.entries(texts)) {
    const haystack = text.toLowerCase();
    for (const rule of ARTICLE_KEYWORD_RULES) {
      const keywords = rule.keywords[language as keyof KeywordRule['keywords']] ?? [];
      if (!keywords.some((k) => haystack.includes(k.toLowerCase()))) continue;
      for (const article of rule.articles) {
        if (!found.has(article)) found.set(article, { article, basis: 'keyword', rule: `keyword:${rule.id}` });
      }
    }
  }
  return [...found.values()].sort((a, b) => articleOrder(a.article) - articleOrder(b.article));
}

/** Protocol articles first, then the Convention's, by number. */
export function articleOrder(code: string): number {
  const [instrument, n] = code.split('_');
  return (instrument === 'tip' ? 0 : 1000) + Number(n);
}
