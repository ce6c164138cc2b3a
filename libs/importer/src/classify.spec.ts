import { adoptionSignal, classifyRecommendation, classifyText, introducesRecommendations, isIntroduction, itemsRole } from './classify.js';

describe('classifyRecommendation (Chinese: the table of DOMAIN.md)', () => {
  it.each([
    ['缔约国应当采取措施', ['states_parties'], 'should'],
    ['缔约各国应当承认民间社会', ['states_parties'], 'should'],
    ['各缔约国应当鼓励相关实体', ['states_parties'], 'should'],
    ['缔约国应采取措施', ['states_parties'], 'should'],
    ['缔约国应当考虑是否界定', ['states_parties'], 'should_consider'],
    ['应考虑提供一段充足的时间', ['unspecified'], 'should_consider'],
    ['缔约国可重点关注', ['states_parties'], 'may'],
    ['可考虑交流经验', ['unspecified'], 'may'],
    ['缔约各国可考虑利用有关的罪名', ['states_parties'], 'may'],
    ['缔约国可以考虑各项区域文书', ['states_parties'], 'may'],
    ['鼓励缔约国逐步形成', ['states_parties'], 'encouraged'],
    ['鼓励缔约各国考虑', ['states_parties'], 'encouraged'],
    ['应当鼓励利用公私伙伴关系', ['unspecified'], 'encouraged'],
    ['应当鼓励联合国各实体协调', ['un_entities'], 'encouraged'],
    ['各国可考虑利用行政工具', ['states'], 'may'],
    ['鼓励各国考虑建立管辖权', ['states'], 'encouraged'],
    ['毒品和犯罪问题办公室应当制订', ['unodc'], 'should'],
    ['应请毒品和犯罪问题办公室评估', ['unodc'], 'requested'],
    ['缔约方会议应当鼓励各国', ['cop'], 'should'],
    ['工作组应在今后的会议上', ['working_group'], 'should'],
    ['贩运人口问题工作组应当继续', ['working_group'], 'should'],
    ['缔约国和毒品和犯罪问题办公室应当继续', ['states_parties', 'unodc'], 'should'],
    ['缔约国和国际组织应采取措施', ['states_parties', 'international_organizations'], 'should'],
    ['根据《议定书》第 6 条，缔约国应当确保', ['states_parties'], 'should'],
    ['缔约国在编写培训材料时，应尽可能吸纳', ['states_parties'], 'should'],
    ['贩运人口问题工作组请秘书处编拟', ['unodc'], 'requested'],
    ['贩运人口问题工作组建议缔约方会议考虑将', ['cop'], 'should_consider'],
    ['贩运人口问题工作组建议，缔约各国继续', ['states_parties'], 'should'],
  ])('%s → %j %s', (text, addressee, modality) => {
    const c = classifyRecommendation(text, 'zh');
    expect(c.addressee).toEqual(addressee);
    expect(c.modality).toBe(modality);
    expect(c.requiresStateReport).toBe(addressee.includes('states_parties') || addressee.includes('states'));
  });

  it('gives other (and no match) when the words name nobody', () => {
    expect(classifyText('允许受害者提出民事赔偿诉讼的规定；', 'zh')).toBeNull();
    expect(classifyRecommendation('与贩运有关的不同行动方；', 'zh')).toEqual({ addressee: ['other'], modality: 'other', requiresStateReport: false });
  });
});

describe('classifyRecommendation (English)', () => {
  it.each([
    ['States parties should consider adopting legislation', ['states_parties'], 'should_consider'],
    ['States parties should ensure that', ['states_parties'], 'should'],
    ['States parties may wish to consider', ['states_parties'], 'may'],
    ['States parties are encouraged to share', ['states_parties'], 'encouraged'],
    ['States should consider providing compensation', ['states'], 'should_consider'],
    ['UNODC should continue to provide', ['unodc'], 'should'],
    ['The United Nations Office on Drugs and Crime should develop', ['unodc'], 'should'],
    ['The secretariat is requested to compile', ['unodc'], 'requested'],
    ['The Conference of the Parties should consider', ['cop'], 'should_consider'],
    ['The Working Group should continue', ['working_group'], 'should'],
    ['The Working Group recommends that the Conference of the Parties consider', ['cop'], 'should_consider'],
    ['States parties and UNODC should continue', ['states_parties', 'unodc'], 'should'],
    ['It should be recognized that trafficking', ['unspecified'], 'should'],
    ['Encourage States parties to share information', ['states_parties'], 'encouraged'],
    ['Bearing in mind article 6, States parties should ensure', ['states_parties'], 'should'],
  ])('%s → %j %s', (text, addressee, modality) => {
    const c = classifyRecommendation(text, 'en');
    expect(c.addressee).toEqual(addressee);
    expect(c.modality).toBe(modality);
  });
});

describe('classifyText (English) names nobody for', () => {
  it.each(['A conference should be held in 2012', 'The United States should be thanked', 'civil claims against offenders;'])('%s', (text) => {
    expect(classifyText(text, 'en')).toBeNull();
  });
});

describe('introducing paragraphs and adoption', () => {
  it.each([
    ['下文档有工作组通过的建议。', 'adopted'],
    ['工作组通过了下文所列建议。', 'adopted'],
    ['贩运人口问题工作组在 2019 年 9 月 9 日至 11 日于维也纳举行的会议上通过了下述建议。', 'adopted'],
    ['工作组建议缔约方会议审议以下建议。', 'for_cop_consideration'],
    ['贩运人口问题工作组 2021 年 10 月 12 日至 13 日在维也纳举行的会议通过了以下建议，供缔约方会议审议。', 'for_cop_consideration'],
    ['工作组建议缔约方会议审议下述建议以通过：', 'for_cop_consideration'],
  ])('%s introduces (%s)', (text, adoption) => {
    expect(isIntroduction(text, 'zh')).toBe(true);
    expect(adoptionSignal(text, 'zh')).toBe(adoption);
  });
  it('reads endorsed Chair’s proposals and containers', () => {
    const p51 = '工作组经口头修订核可了 2010 年 10 月 19 日在维也纳举行的工作组会议主席所提出的以下建议：';
    expect(adoptionSignal(p51, 'zh')).toBe('endorsed');
    expect(introducesRecommendations(p51, 'zh')).toBe(true);
    expect(introducesRecommendations('工作组向缔约方会议建议工作组今后各届会议除其他外应当审议以下议题：', 'zh')).toBe(false);
    expect(isIntroduction('缔约国应当采取措施。', 'zh')).toBe(false);
    expect(isIntroduction('The Working Group adopted the following recommendations.', 'en')).toBe(true);
    expect(adoptionSignal('The Working Group endorsed the following recommendations proposed by the Chair:', 'en')).toBe('endorsed');
    expect(adoptionSignal('The Working Group recommends that the Conference of the Parties consider the following recommendations.', 'en')).toBe('for_cop_consideration');
  });
});

describe('itemsRole: containers, options, parts (ADR 0009), one rule in every language', () => {
  it.each([
    // the real reports (seeds/reports)
    ['工作组经口头修订核可了 2010 年 10 月 19 日在维也纳举行的工作组会议主席所提出的以下建议：', 'zh', 'recommendations'], // 2011 para 51
    ['工作组向缔约方会议建议工作组今后各届会议除其他外应当审议以下议题：', 'zh', 'recommendations'], // 2011 para 50
    ['工作组应在今后的会议上将下列议题作为优先事项处理：', 'zh', 'recommendations'], // 2019 建议 17
    ['为满足《贩运人口议定书》第 6 条第 6 款的要求，缔约国应当至少采用让受害者有可能获得赔偿的以下备选做法中的一种：', 'zh', 'options'], // 51(i)
    ['各国应当考虑由法院所下令的和/或由国家资助的赔偿可以包括用于或争取用于以下方面的支付：', 'zh', 'options'], // 51(j)
    ['缔约国应当考虑制定识别受害者的指标，包括：', 'zh', 'parts'],
    // English, French, Spanish, Russian, Arabic (test/fixtures/importer)
    ['The Working Group recommends that the Conference of the Parties consider the following topics for the future meetings of the Working Group:', 'en', 'recommendations'],
    ['The Working Group endorsed the following recommendations proposed by the Chair:', 'en', 'recommendations'],
    ['States parties should adopt at least one of the following options for making compensation available to victims:', 'en', 'options'],
    ['States should consider that compensation ordered by courts and/or funded by the State may include payment for or towards:', 'en', 'options'],
    ['States parties should consider developing indicators for the identification of victims of trafficking, including:', 'en', 'parts'],
    ['Le Groupe de travail recommande à la Conférence des Parties d’examiner les thèmes suivants pour les futures réunions du Groupe de travail:', 'fr', 'recommendations'],
    ['Les États parties devraient adopter au moins l’une des options suivantes:', 'fr', 'options'],
    ['El Grupo de Trabajo recomienda a la Conferencia de las Partes que examine los siguientes temas para las futuras reuniones del Grupo de Trabajo:', 'es', 'recommendations'],
    ['Los Estados partes deberían adoptar al menos una de las siguientes opciones:', 'es', 'options'],
    ['Рабочая группа рекомендует Конференции участников рассмотреть следующие темы для будущих совещаний Рабочей группы:', 'ru', 'recommendations'],
    ['Государствам-участникам следует принять по меньшей мере один из следующих вариантов:', 'ru', 'options'],
    ['يوصي الفريق العامل مؤتمر الأطراف بأن ينظر في المواضيع التالية لاجتماعات الفريق العامل المقبلة:', 'ar', 'recommendations'],
    ['ينبغي للدول الأطراف أن تعتمد أحد الخيارات التالية على الأقل:', 'ar', 'options'],
    ['ينبغي للدول الأطراف أن تنظر في وضع مؤشرات لتحديد هوية الضحايا، بما في ذلك:', 'ar', 'parts'],
  ] as const)('%s (%s) → %s', (text, language, role) => {
    expect(itemsRole(text, language)).toBe(role);
  });
  it('a list of topics is introduced by a colon: a sentence that ends is a request of its own', () => {
    expect(itemsRole('The Working Group discussed the following topics.', 'en')).toBe('parts');
  });
});
