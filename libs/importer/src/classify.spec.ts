import { adoptionSignal, classifyRecommendation, classifyText, introducesRecommendations, isIntroduction } from './classify.js';

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
