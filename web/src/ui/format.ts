/**
 * Display formats. Money arrives as a decimal string ("155000.50") and is formatted as that exact
 * decimal (Intl reads a numeric string without going through a float): to the kopeck (S1).
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(amount)) return `${amount} ${currency}`;
  return cached(`money|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2 }))
    .format(amount as `${number}`);
}

// Building an Intl formatter costs far more than using one; a worklist formats thousands of values.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** Adds decimal strings exactly, in minor units as bigint: the total of a promise plan, of invoices. */
export function sumMoney(amounts: readonly string[]): string {
  const scale = Math.max(2, ...amounts.map((a) => (a.split('.')[1] ?? '').length));
  const total = amounts.reduce((sum, a) => sum + toMinor(a, scale), 0n);
  return fromMinor(total, scale);
}

export function toMinor(amount: string, scale = 2): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', frac = ''] = amount.replace('-', '').split('.');
  const minor = BigInt(whole) * 10n ** BigInt(scale) + BigInt(frac.padEnd(scale, '0').slice(0, scale) || '0');
  return negative ? -minor : minor;
}

export function fromMinor(minor: bigint, scale = 2): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const unit = 10n ** BigInt(scale);
  return `${negative ? '-' : ''}${abs / unit}.${(abs % unit).toString().padStart(scale, '0')}`;
}

/** A valid positive amount with at most two decimals: what a promise must carry (N3). */
export function isPositiveAmount(value: string): boolean {
  return /^\d+(\.\d{1,2})?$/.test(value.trim()) && toMinor(value.trim()) > 0n;
}

/** "10:00" of an ISO instant written with the customer's offset ("2025-12-11T10:00:00+05:00"). */
export function wallClock(iso: string): string {
  return iso.slice(11, 16);
}

/** The same instant as a wall-clock time in another zone (the collector's own), "HH:MM". */
export function timeIn(iso: string, timeZone: string): string {
  return cached(`time|${timeZone}`, () => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(new Date(iso));
}

/** The date of an instant in a zone, 'YYYY-MM-DD'. */
export function dateIn(iso: string, timeZone: string): string {
  return cached(`date|${timeZone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(new Date(iso));
}

export type TimeWindow = { customer: string; mine: string; sameZone: boolean; shiftedDay: boolean };

/**
 * L8: a call has a window in the customer's local time; the collector sees it in their own time too,
 * "10:00–17:00" (customer) and "08:00–15:00" (mine), with a note when the collector's day differs.
 */
export function timeWindow(startIso: string, endIso: string, myTimeZone: string): TimeWindow {
  const customer = `${wallClock(startIso)}–${wallClock(endIso)}`;
  const mine = `${timeIn(startIso, myTimeZone)}–${timeIn(endIso, myTimeZone)}`;
  return { customer, mine, sameZone: customer === mine, shiftedDay: dateIn(startIso, myTimeZone) !== startIso.slice(0, 10) };
}

export function myTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A calendar date ('YYYY-MM-DD') in the interface language, without a time-zone shift. */
export function formatDate(date: string, locale: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }): string {
  return cached(`day|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }))
    .format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** Month names of the invoices' due dates, for the S3 sentence ("for October and November"). */
export function monthsOf(dates: readonly string[], locale: string): string[] {
  const months = [...new Set(dates.map((d) => d.slice(0, 7)))].sort();
  return months.map((m) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`)));
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday of the week containing a date. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}
