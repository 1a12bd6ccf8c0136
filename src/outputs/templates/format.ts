/**
 * Formatting for people, per language (D4: the customer sees the debt to the kopeck, in the way their
 * language writes numbers). Amounts arrive as exact decimal strings ("1234.50") and are reformatted
 * by string manipulation only: no float ever touches money.
 *   ru/uk/bg: 1 234 567,89   05.11.2025
 *   en:       1,234,567.89   5 November 2025
 */
import type { Language } from '../../domain/fields.ts';
import { currencyExponent } from '../../domain/money.ts';
import { pluralize, type PluralNoun } from './plurals.ts';

type NumberStyle = { group: string; decimal: string };

// An ordinary space groups the digits in ru/uk/bg, as the brief's examples write it.
const NUMBER_STYLE: Record<Language, NumberStyle> = {
  ru: { group: ' ', decimal: ',' },
  uk: { group: ' ', decimal: ',' },
  bg: { group: ' ', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

function parseDecimal(decimal: string): { negative: boolean; whole: string; fraction: string } {
  const m = DECIMAL.exec(decimal.trim());
  if (!m) throw new Error(`"${decimal}" is not a decimal number like 1234.50`);
  const [, sign, digits = '0', fraction = ''] = m;
  const whole = digits.replace(/^0+(?=\d)/u, '');
  const zero = /^0+$/u.test(whole + fraction);
  return { negative: sign === '-' && !zero, whole, fraction };
}

function groupThousands(whole: string, separator: string): string {
  const head = whole.length % 3 || 3;
  const groups = [whole.slice(0, head)];
  for (let i = head; i < whole.length; i += 3) groups.push(whole.slice(i, i + 3));
  return groups.join(separator);
}

/**
 * "1234567.89" -> "1 234 567,89" (ru/uk/bg) or "1,234,567.89" (en). The fraction keeps its digits,
 * padded with zeros to `minFractionDigits`; nothing is ever rounded.
 */
export function formatNumber(decimal: string, language: Language, minFractionDigits = 0): string {
  const { negative, whole, fraction } = parseDecimal(decimal);
  const style = NUMBER_STYLE[language];
  const frac = fraction.padEnd(minFractionDigits, '0');
  return `${negative ? '-' : ''}${groupThousands(whole, style.group)}${frac ? style.decimal + frac : ''}`;
}

// The currency after the amount in ru/uk/bg. RUB is "руб." everywhere (the form used in claims and
// acts; every font has it); Bulgarian writes the euro as "евро".
const CURRENCY_SUFFIX: Record<Exclude<Language, 'en'>, Record<string, string>> = {
  ru: { RUB: 'руб.', EUR: '€', USD: '$', GBP: '£', UAH: 'грн', BGN: 'лв.' },
  uk: { RUB: 'руб.', EUR: '€', USD: '$', GBP: '£', UAH: 'грн', BGN: 'лв.' },
  bg: { RUB: 'руб.', EUR: 'евро', USD: '$', GBP: '£', UAH: 'грн', BGN: 'лв.' },
};
// English puts a symbol before the amount ("€1,234.50") and an ISO code before it with a space.
const EN_SYMBOL: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

/**
 * "1234.5", "RUB", "ru" -> "1 234,50 руб."; "EUR", "en" -> "€1,234.50". The amount is padded to the
 * currency's minor units; more decimals than the currency has is an error, never a rounding.
 */
export function formatMoney(amount: string, currency: string, language: Language): string {
  const digits = currencyExponent(currency);
  const { fraction } = parseDecimal(amount);
  if (fraction.length > digits) throw new Error(`"${amount}" has more than ${digits} decimals for ${currency}`);
  const number = formatNumber(amount, language, digits);
  if (language !== 'en') return `${number} ${CURRENCY_SUFFIX[language][currency] ?? currency}`;
  const negative = number.startsWith('-');
  const unsigned = negative ? number.slice(1) : number;
  const symbol = EN_SYMBOL[currency];
  return `${negative ? '-' : ''}${symbol ?? `${currency} `}${unsigned}`;
}

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2025-11-05" -> "05.11.2025" (ru/uk/bg) or "5 November 2025" (en), without time zones. */
export function formatDate(isoDate: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = m ? EN_MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) throw new Error(`"${isoDate}" is not a date as YYYY-MM-DD`);
  const [, year, mm, dd] = m;
  return language === 'en' ? `${Number(dd)} ${month} ${year}` : `${dd}.${mm}.${year}`;
}

/** "5 счетов", "1 day", "21 рахунок": the count, grouped like any number, and the noun in its plural form. */
export function formatCount(count: number, noun: PluralNoun, language: Language): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`a count must be a whole number, got ${count}`);
  return pluralize(count, formatNumber(String(count), language), noun, language);
}

// How each tax id is called in each language. An unknown key is shown as it is.
const TAX_ID_LABELS: Record<string, Record<Language, string>> = {
  INN: { ru: 'ИНН', uk: 'ІПН', bg: 'ИНН', en: 'INN' },
  KPP: { ru: 'КПП', uk: 'КПП', bg: 'КПП', en: 'KPP' },
  OGRN: { ru: 'ОГРН', uk: 'ОГРН', bg: 'ОГРН', en: 'OGRN' },
  OGRNIP: { ru: 'ОГРНИП', uk: 'ОГРНІП', bg: 'ОГРНИП', en: 'OGRNIP' },
  EDRPOU: { ru: 'ЕДРПОУ', uk: 'ЄДРПОУ', bg: 'ЕДРПОУ', en: 'EDRPOU' },
  IPN: { ru: 'ИНН', uk: 'ІПН', bg: 'ИНН', en: 'IPN' },
  RNOKPP: { ru: 'РНОКПП', uk: 'РНОКПП', bg: 'РНОКПП', en: 'RNOKPP' },
  EIK: { ru: 'ЕИК', uk: 'ЄІК', bg: 'ЕИК', en: 'UIC (EIK)' },
  VAT: { ru: 'VAT', uk: 'VAT', bg: 'ДДС №', en: 'VAT' },
};

/** { INN: "7701234567", KPP: "770101001" } -> "ИНН 7701234567, КПП 770101001" (D4: the payee's tax ids). */
export function formatTaxIds(ids: Record<string, string>, language: Language): string {
  return Object.entries(ids)
    .map(([key, value]) => `${TAX_ID_LABELS[key.toUpperCase()]?.[language] ?? key} ${value}`)
    .join(', ');
}

export type Penalty = { kind: 'percent_per_day' | 'percent_per_year'; rate: string };

const PENALTY_WORDING: Record<Language, Record<Penalty['kind'], string>> = {
  ru: { percent_per_day: '% от суммы задолженности за каждый день просрочки', percent_per_year: '% годовых' },
  uk: { percent_per_day: '% від суми заборгованості за кожен день прострочення', percent_per_year: '% річних' },
  bg: { percent_per_day: '% от дължимата сума за всеки ден забава', percent_per_year: '% годишно' },
  en: { percent_per_day: '% of the overdue amount for each day of delay', percent_per_year: '% per annum' },
};

/** The contract's penalty in words (L3): "0,1 % от суммы задолженности за каждый день просрочки". */
export function formatPenalty(penalty: Penalty, language: Language): string {
  const rate = formatNumber(penalty.rate, language);
  return `${rate}${language === 'en' ? '' : ' '}${PENALTY_WORDING[language][penalty.kind]}`;
}
