/** The conduct check (U1–U4, N1, N3, N6, S2): see check-conduct.ts. */
export { checkConduct, isBlocked, guessLanguage, CONDUCT_LANGUAGES } from './check-conduct.ts';
export { execAll, normalize, phrase, toSourceSpan, type NormalizedText } from './normalize.ts';
export { findShouting, ACRONYMS, LEGAL_FORMS, type ShoutingFinding } from './shouting.ts';
export { findVagueDemand, DEMAND_LEXICONS, type VagueDemand } from './vague-demand.ts';
export { ruRules, ruSuggestions } from './rules.ru.ts';
export { ukRules, ukSuggestions } from './rules.uk.ts';
export { bgRules, bgSuggestions } from './rules.bg.ts';
export { enRules, enSuggestions } from './rules.en.ts';
export {
  PRACTICE_OF,
  SEVERITY_OF,
  type ConductFinding,
  type ConductLanguage,
  type ConductPractice,
  type ConductRule,
  type ConductSeverity,
  type ConductSuggestions,
  type PhraseRule,
  type PhraseRuleKind,
} from './types.ts';
