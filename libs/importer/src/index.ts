export * from './import-plan.js';
export { parseReport } from './parse-report.js';
export { classifyRecommendation, classifyText, isIntroduction, adoptionSignal, introducesRecommendations, requiresStateReport, type Classification } from './classify.js';
export { matchState, normaliseName, splitNameList, PROTECTED_NAMES } from './states.js';
export { normaliseText } from './normalise.js';
export { cleanInline, detectLanguage, joinText, tidy } from './text-cleanup.js';
export { findDateRanges, type DateRange } from './dates.js';
export { suggestThemes } from './themes.js';
export { chineseNumeralToInt, romanToInt } from './numerals.js';
