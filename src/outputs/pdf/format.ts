/**
 * Numbers and dates for people, straight from the view-model's decimal strings and ISO dates (S1: the
 * debt to the kopeck). "1 234,50" in ru/uk/bg, "1,234.50" in en; "05.11.2025" or "5 November 2025".
 * No float and no Intl rounding ever touches an amount.
 */
import type { Language } from '../../domain/fields.ts';
import { formatAmount, parseAmount } from '../../domain/money.ts';
import { EN_MONTHS, LABELS } from './labels.ts';

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  ru: { group: ' ', decimal: ',' },
  uk: { group: ' ', decimal: ',' },
  bg: { group: ' ', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Formats a decimal string ("-1234.5" → "-1 234,50" in ru) with the currency's decimals. */
export function formatNumber(decimal: string, currency: string, language: Language): string {
  const plain = formatAmount(parseAmount(decimal, currency), currency); // normalises the decimals exactly
  const negative = plain.startsWith('-');
  const [whole = '0', frac] = (negative ? plain.slice(1) : plain).split('.');
  const { group, decimal: point } = SEPARATORS[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : point + frac}`;
}

/** A rate from a decimal string ("0.1" → "0,1" in ru/uk/bg), digits kept as given. */
export function formatRate(rate: string, language: Language): string {
  return rate.replace('.', SEPARATORS[language].decimal);
}

/** An amount with its ISO currency code: "55 554,08 RUB". */
export function formatMoney(decimal: string, currency: string, language: Language): string {
  return `${formatNumber(decimal, currency, language)} ${currency}`;
}

/** 'YYYY-MM-DD' → "05.11.2025" (ru/uk/bg) or "5 November 2025" (en). */
export function formatDate(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return language === 'en' ? `${Number(d)} ${EN_MONTHS[Number(mo) - 1]} ${y}` : `${d}.${mo}.${y}`;
}

/** "ИНН 7701234567, КПП 770101001": each tax id with its local name, in the order given. */
export function formatTaxIds(taxIds: Record<string, string>, language: Language): string {
  const names = LABELS[language].taxIds;
  return Object.entries(taxIds)
    .map(([key, value]) => `${names[key] ?? key} ${value}`)
    .join(', ');
}

/** ISO date plus days, for defaults such as the claim's 30-day response period. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
