import type { TFunction } from 'i18next';
import { formatDate, formatMoney } from '../../../ui/format.ts';
import type { TimelineEntry } from '../api/customer.api.ts';

/** The timeline carries amounts in minor units ("15000050"); the currency says how many decimals (RUB 2, JPY 0). */
export function minorToDecimal(minor: string, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  if (!/^-?\d+$/.test(minor) || digits === 0) return minor;
  const negative = minor.startsWith('-');
  const padded = minor.replace('-', '').padStart(digits + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** One line of the customer's history in the interface language: what, how much, until when. */
export function timelineLine(e: TimelineEntry, t: TFunction, locale: string): string {
  const d = e.detail;
  const money = (minor: unknown, currency: unknown) =>
    typeof minor === 'string' && typeof currency === 'string' ? formatMoney(minorToDecimal(minor, currency), currency, locale) : '';
  switch (e.kind) {
    case 'invoice':
      return [e.title.replace(/^Invoice /, ''), money(d.amount, d.currency), typeof d.dueDate === 'string' ? t('timeline.due', { date: formatDate(d.dueDate, locale) }) : '']
        .filter(Boolean).join(' · ');
    case 'payment':
    case 'credit_note':
      return [e.title === e.kind ? '' : e.title, money(d.amount, d.currency)].filter(Boolean).join(' · ');
    case 'promise': {
      const m = /^(\S+) (-?\d+) ([A-Z]{3}) by (\d{4}-\d{2}-\d{2})$/.exec(e.title);
      if (!m) return e.title;
      return t(m[1] === 'official_letter' ? 'timeline.officialLetterLine' : 'timeline.promiseLine', { amount: money(m[2], m[3]), date: formatDate(m[4]!, locale) });
    }
    case 'task':
      return typeof d.outcome === 'string' ? `${e.title} · ${t(`outcome.${d.outcome}`, { defaultValue: d.outcome })}` : e.title;
    case 'note':
      return typeof d.author === 'string' ? `${e.title} — ${d.author}` : e.title;
    case 'stop':
      return typeof d.endsOn === 'string' ? `${e.title} · ${t('timeline.until', { date: formatDate(d.endsOn, locale) })}` : e.title;
    default:
      return e.title;
  }
}
