import type { Mapping } from './mapping.ts';

/**
 * Source values to ledger values. Each returns the converted value or a reason it cannot be converted;
 * the batch builder turns reasons into row errors with line and column.
 */
export type Converted<T> = { ok: true; value: T } | { ok: false; reason: string };

const PATTERNS: Record<Mapping['dateFormat'], RegExp> = {
  iso: /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  'dd.mm.yyyy': /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/,
  'm/d/yyyy': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
  'd/m/yyyy': /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/,
};

export function toIsoDate(text: string, format: Mapping['dateFormat']): Converted<string> {
  const m = PATTERNS[format].exec(text);
  if (!m) return { ok: false, reason: `"${text}" is not a date in the format ${format}` };
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [y, mo, d] = format === 'iso' ? [a, b, c] : format === 'm/d/yyyy' ? [c, a, b] : [c, b, a];
  const iso = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso) {
    return { ok: false, reason: `"${text}" is not a real calendar date` };
  }
  return { ok: true, value: iso };
}

/**
 * "1 234,50" or "1234.50" to a decimal string "1234.50": only the mapping's decimal separator is a
 * decimal point; spaces (and non-breaking spaces) group thousands; anything else is an error.
 */
export function toDecimalString(text: string, separator: '.' | ','): Converted<string> {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const normalized = separator === ',' ? compact.replace(',', '.') : compact;
  if (!/^\d+(\.\d+)?$/.test(normalized)) {
    return { ok: false, reason: `"${text}" is not a positive amount with "${separator}" as the decimal separator` };
  }
  return { ok: true, value: normalized };
}

export function toBoolean(text: string): Converted<boolean> {
  const t = text.toLowerCase();
  if (['true', 'yes', '1', 'да', 'так', 'y'].includes(t)) return { ok: true, value: true };
  if (['false', 'no', '0', 'нет', 'ні', 'n', ''].includes(t)) return { ok: true, value: false };
  return { ok: false, reason: `"${text}" is not yes or no` };
}
