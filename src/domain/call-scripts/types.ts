/**
 * A call script: the five stages of a collection call (S1–S5), each a list of lines. Lines may name
 * placeholders in braces, filled for a customer: {amount} {months} {invoiceNumbers} {dueDate}
 * {daysOverdue} {contactName} {customerName} {companyName} {collectorName} {debtorType}. A placeholder
 * the server cannot know ({agreedAmount}, {agreedDate}) stays for the call screen to fill.
 */
export const STAGES = ['preparation', 'entering', 'contact', 'leaving', 'analysis'] as const;
export type Stage = (typeof STAGES)[number];
export type ScriptStages = Record<Stage, string[]>;

/** The steps of the presets that are calls: L1, L2, L4, L5, the broken-promise call (S5), keep-in-touch (N7). */
export const SCRIPT_STEPS = ['L1', 'L2', 'L4', 'L5', 'S5', 'N7'] as const;

/** Per language: the stages every call shares, and the contact stage's opening per step. */
export type LanguageScripts = {
  preparation: string[]; entering: string[]; contactCommon: string[]; leaving: string[]; analysis: string[];
  contact: Record<(typeof SCRIPT_STEPS)[number] | 'default', string[]>;
};
