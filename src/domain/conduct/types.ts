/**
 * The conduct check: what a collection message must never say (U1–U4) and what makes it weak
 * (N1, N3, N6, S2). See /docs/practices.md. Everything here is pure data and pure functions.
 */

export type ConductLanguage = 'ru' | 'uk' | 'bg' | 'en';

export type ConductRule =
  | 'insult' // U2
  | 'threat' // U3
  | 'illegal-method' // U4
  | 'shouting' // U1
  | 'belittling' // N1
  | 'own-problems' // N6
  | 'apology-opening' // S2 (and N2)
  | 'vague-demand'; // N3

export type ConductSeverity = 'block' | 'warning';

/** The practice ids from practices.md that the conduct check enforces. */
export type ConductPractice = 'U1' | 'U2' | 'U3' | 'U4' | 'N1' | 'N3' | 'N6' | 'S2';

export type ConductFinding = {
  rule: ConductRule;
  severity: ConductSeverity;
  /** The offending text exactly as it appears in the input: `text.slice(start, end)`. */
  phrase: string;
  /** UTF-16 offsets into the original (not normalised) input. */
  start: number;
  end: number;
  practice: string;
  /** A polite, firm wording to use instead, in the language of the text. */
  suggestion: string;
};

/** The rules a phrase list can raise; shouting and vague demands have their own detectors. */
export type PhraseRuleKind = Exclude<ConductRule, 'shouting' | 'vague-demand'>;

/**
 * One phrase rule: a pattern over the normalised text (see normalize.ts: lowercase, NFC, ё→е,
 * apostrophes unified). Patterns are built with `phrase()` and carry the `gu` flags.
 */
export type PhraseRule = {
  rule: PhraseRuleKind;
  practice: ConductPractice;
  pattern: RegExp;
  suggestion: string;
};

/** One suggestion per rule, written in the language it is shown in. */
export type ConductSuggestions = Record<ConductRule, string>;

export const PRACTICE_OF: Record<ConductRule, ConductPractice> = {
  insult: 'U2',
  threat: 'U3',
  'illegal-method': 'U4',
  shouting: 'U1',
  belittling: 'N1',
  'own-problems': 'N6',
  'apology-opening': 'S2',
  'vague-demand': 'N3',
};

/** N3 is advice, not a ban: a vague demand warns; everything else blocks the template or message. */
export const SEVERITY_OF: Record<ConductRule, ConductSeverity> = {
  insult: 'block',
  threat: 'block',
  'illegal-method': 'block',
  shouting: 'block',
  belittling: 'block',
  'own-problems': 'block',
  'apology-opening': 'block',
  'vague-demand': 'warning',
};
