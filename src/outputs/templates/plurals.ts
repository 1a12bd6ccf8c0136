/**
 * Plural nouns for counts ("1 счёт / 2 счёта / 5 счетов"): the form is chosen by Intl.PluralRules
 * through i18next's `count` (one / few / many / other), on a private instance so that no other part
 * of the app shares or changes its resources. `n` is the count already formatted for the language.
 */
import i18next from 'i18next';
import type { Language } from '../../domain/fields.ts';

export type PluralNoun = 'invoice' | 'day' | 'instalment';

export const PLURAL_NOUNS: readonly PluralNoun[] = ['invoice', 'day', 'instalment'];

type Forms = Partial<Record<'one' | 'few' | 'many' | 'other', string>>;

// ru/uk: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25…), other (fractions).
const FORMS: Record<Language, Record<PluralNoun, Forms>> = {
  ru: {
    invoice: { one: '{{n}} счёт', few: '{{n}} счёта', many: '{{n}} счетов', other: '{{n}} счёта' },
    day: { one: '{{n}} день', few: '{{n}} дня', many: '{{n}} дней', other: '{{n}} дня' },
    instalment: { one: '{{n}} платёж', few: '{{n}} платежа', many: '{{n}} платежей', other: '{{n}} платежа' },
  },
  uk: {
    invoice: { one: '{{n}} рахунок', few: '{{n}} рахунки', many: '{{n}} рахунків', other: '{{n}} рахунку' },
    day: { one: '{{n}} день', few: '{{n}} дні', many: '{{n}} днів', other: '{{n}} дня' },
    instalment: { one: '{{n}} платіж', few: '{{n}} платежі', many: '{{n}} платежів', other: '{{n}} платежу' },
  },
  bg: {
    invoice: { one: '{{n}} фактура', other: '{{n}} фактури' },
    day: { one: '{{n}} ден', other: '{{n}} дни' },
    instalment: { one: '{{n}} вноска', other: '{{n}} вноски' },
  },
  en: {
    invoice: { one: '{{n}} invoice', other: '{{n}} invoices' },
    day: { one: '{{n}} day', other: '{{n}} days' },
    instalment: { one: '{{n}} instalment', other: '{{n}} instalments' },
  },
};

function resources() {
  const out: Record<string, { translation: Record<string, string> }> = {};
  for (const [language, nouns] of Object.entries(FORMS)) {
    const translation: Record<string, string> = {};
    for (const [noun, forms] of Object.entries(nouns)) {
      for (const [category, text] of Object.entries(forms)) translation[`${noun}_${category}`] = text;
    }
    out[language] = { translation };
  }
  return out;
}

const i18n = i18next.createInstance();
// initAsync: false initialises synchronously: the resources are inline, nothing is loaded.
void i18n.init({
  initAsync: false,
  resources: resources(),
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false }, // escaping is the renderer's job (html mode)
});

export function isPluralNoun(word: string): word is PluralNoun {
  return (PLURAL_NOUNS as readonly string[]).includes(word);
}

/** "5 счетов": `formatted` is how the count is written (grouping per language), `count` picks the form. */
export function pluralize(count: number, formatted: string, noun: PluralNoun, language: Language): string {
  return i18n.t(noun, { lng: language, count, n: formatted });
}
