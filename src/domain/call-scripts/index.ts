import type { Language } from '../fields.ts';
import { bg } from './bg.ts';
import { en } from './en.ts';
import { ru } from './ru.ts';
import { STAGES, type LanguageScripts, type ScriptStages } from './types.ts';
import { uk } from './uk.ts';

export { STAGES, SCRIPT_STEPS, type Stage, type ScriptStages } from './types.ts';

const BY_LANGUAGE: Record<Language, LanguageScripts> = { ru, uk, bg, en };

/** The shipped script of a step in a language; a step without its own contact opening gets the generic one. */
export function defaultScript(stepCode: string, language: Language): ScriptStages {
  const s = BY_LANGUAGE[language];
  const opening = s.contact[stepCode as keyof LanguageScripts['contact']] ?? s.contact.default;
  return { preparation: s.preparation, entering: s.entering, contact: [...opening, ...s.contactCommon], leaving: s.leaving, analysis: s.analysis };
}

/** Fills the placeholders it knows; unknown ones ({agreedDate}…) stay for the call screen. */
export function fillScript(stages: ScriptStages, values: Record<string, string>): ScriptStages {
  const fill = (line: string) => line.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name] ?? whole);
  return Object.fromEntries(STAGES.map((stage) => [stage, stages[stage].map(fill)])) as ScriptStages;
}

/** The whole script as one text, for the conduct check. */
export function scriptText(stages: ScriptStages): string {
  return STAGES.map((stage) => stages[stage].join('\n')).join('\n');
}
