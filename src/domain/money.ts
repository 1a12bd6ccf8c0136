/**
 * Money is integer minor units (kopecks, cents, stotinki) in a bigint, with an ISO 4217 currency beside
 * every amount. Never a float: decimal strings in, decimal strings out ("1234.50").
 */
import { DomainError } from './errors.ts';

/** Minor-unit exponent per currency (ISO 4217). Anything not listed has 2. */
const EXPONENTS: Record<string, number> = { JPY: 0, KRW: 0, BHD: 3, KWD: 3, TND: 3 };

const CURRENCY = /^[A-Z]{3}$/;

export type Money = { amount: bigint; currency: string };

export function currencyExponent(currency: string): number {
  return EXPONENTS[currency] ?? 2;
}

export function assertCurrency(currency: string, field = 'currency'): string {
  if (!CURRENCY.test(currency)) {
    throw new DomainError('invalid_currency', `${field}: "${currency}" is not an ISO 4217 currency code`, {
      [field]: 'must be three capital letters, e.g. RUB, EUR, UAH, USD',
    });
  }
  return currency;
}

/**
 * Parses a decimal string into minor units. Accepts "1234.5", "1234.50", "-3"; rejects floats mangled
 * into exponents, more decimals than the currency has, separators, and empty strings.
 */
export function parseAmount(text: string, currency: string, field = 'amount'): bigint {
  const exp = currencyExponent(currency);
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw amountError(field, `"${text}" is not a decimal amount like 1234.50`);
  const [, sign, whole, frac = ''] = m;
  if (frac.length > exp) {
    throw amountError(field, `"${text}" has more than ${exp} decimals for ${currency}`);
  }
  const minor = BigInt(whole! + frac.padEnd(exp, '0'));
  return sign ? -minor : minor;
}

/** Like parseAmount, but the amount must be above zero (invoice and payment amounts). */
export function parsePositiveAmount(text: string, currency: string, field = 'amount'): bigint {
  const minor = parseAmount(text, currency, field);
  if (minor <= 0n) throw amountError(field, `"${text}" must be greater than zero`);
  return minor;
}

function amountError(field: string, reason: string): DomainError {
  return new DomainError('invalid_amount', `${field}: ${reason}`, { [field]: reason });
}

/** Formats minor units as a plain decimal string with the currency's decimals: 123450n -> "1234.50". */
export function formatAmount(minor: bigint, currency: string): string {
  const exp = currencyExponent(currency);
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exp + 1, '0');
  const whole = exp === 0 ? digits : digits.slice(0, -exp);
  const frac = exp === 0 ? '' : `.${digits.slice(-exp)}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/**
 * Splits `total` into parts proportional to `weights` by the largest-remainder rule: the parts add up
 * to the total exactly, and each leftover minor unit goes to the largest remainder (ties: first).
 */
export function splitByWeights(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum <= 0n) throw new DomainError('invalid_split', 'weights must add up to more than zero');
  const floors = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    floors[i] = floors[i]! + 1n;
    left -= 1n;
  }
  return floors;
}
