import { execAll, normalize, toSourceSpan, type NormalizedText } from './normalize.ts';
import { bgRules, bgSuggestions } from './rules.bg.ts';
import { enRules, enSuggestions } from './rules.en.ts';
import { ruRules, ruSuggestions } from './rules.ru.ts';
import { ukRules, ukSuggestions } from './rules.uk.ts';
import { findShouting } from './shouting.ts';
import {
  PRACTICE_OF,
  SEVERITY_OF,
  type ConductFinding,
  type ConductLanguage,
  type ConductRule,
  type ConductSuggestions,
  type PhraseRule,
} from './types.ts';
import { findVagueDemand } from './vague-demand.ts';

export const CONDUCT_LANGUAGES: readonly ConductLanguage[] = ['ru', 'uk', 'bg', 'en'];

const RULES: Record<ConductLanguage, readonly PhraseRule[]> = { ru: ruRules, uk: ukRules, bg: bgRules, en: enRules };
const SUGGESTIONS: Record<ConductLanguage, ConductSuggestions> = {
  ru: ruSuggestions,
  uk: ukSuggestions,
  bg: bgSuggestions,
  en: enSuggestions,
};

/**
 * Picks the language for suggestions when the caller did not say: Latin script means English,
 * otherwise letters only one Cyrillic language uses (ы э for ru, і ї є ґ for uk, ъ for bg) decide.
 */
export function guessLanguage(normalized: string): ConductLanguage {
  const count = (re: RegExp) => normalized.match(re)?.length ?? 0;
  const latin = count(/\p{Script=Latin}/gu);
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  if (latin > cyrillic) return 'en';
  const scores: [ConductLanguage, number][] = [
    ['ru', count(/[ыэ]/gu)],
    ['uk', count(/[іїєґ]/gu)],
    ['bg', count(/ъ/gu) + count(/(?<!\p{L})(?:ще|във|със|са)(?!\p{L})/gu)],
  ];
  const best = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : 'ru';
}

function finding(
  rule: ConductRule,
  original: string,
  span: { start: number; end: number },
  suggestion: string,
): ConductFinding {
  return {
    rule,
    severity: SEVERITY_OF[rule],
    phrase: original.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    practice: PRACTICE_OF[rule],
    suggestion,
  };
}

function phraseFindings(original: string, n: NormalizedText, rules: readonly PhraseRule[]): ConductFinding[] {
  const found: ConductFinding[] = [];
  for (const r of rules) {
    for (const m of execAll(r.pattern, n.text)) {
      if (m[0].length === 0) continue;
      const span = toSourceSpan(n, m.index, m.index + m[0].length);
      found.push({ ...finding(r.rule, original, span, r.suggestion), practice: r.practice });
    }
  }
  return found;
}

/** One finding per rule and place: overlapping matches of the same rule merge into one span. */
function mergeOverlaps(original: string, findings: ConductFinding[]): ConductFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ConductFinding[] = [];
  for (const f of sorted) {
    const same = kept.find((k) => k.rule === f.rule && f.start < k.end && k.start < f.end);
    if (!same) {
      kept.push({ ...f });
      continue;
    }
    same.end = Math.max(same.end, f.end);
    same.phrase = original.slice(same.start, same.end);
  }
  return kept;
}

/**
 * The conduct check run before a collection template is saved and before a message is sent.
 * Blocks U1 shouting, U2 insults, U3 threats, U4 illegal methods, N1 belittling the amount,
 * N6 one's own problems and S2 apologetic openings; warns on N3 demands without amount or date.
 * Without `language`, every language's rules run.
 */
export function checkConduct(text: string, language?: ConductLanguage): ConductFinding[] {
  const n = normalize(text);
  const languages = language ? [language] : CONDUCT_LANGUAGES;
  const suggestIn = language ?? guessLanguage(n.text);
  const found = languages.flatMap((l) => phraseFindings(text, n, RULES[l]));

  for (const span of findShouting(text)) {
    found.push(finding('shouting', text, span, SUGGESTIONS[suggestIn].shouting));
  }
  const vague = findVagueDemand(n.text, languages, suggestIn);
  if (vague) found.push(finding('vague-demand', text, toSourceSpan(n, vague.start, vague.end), vague.suggestion));

  return mergeOverlaps(text, found);
}

/** True when any finding must stop the template from being saved or the message from going out. */
export function isBlocked(findings: readonly ConductFinding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
