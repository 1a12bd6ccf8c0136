import type { TFunction } from 'i18next';
import { formatDate, formatMoney } from '../../../ui/format.ts';
import type { TimelineEntry } from '../api/customer.api.ts';

/** One line of the customer's history in the interface language: what, how much, until when. */
export function timelineLine(e: TimelineEntry, t: TFunction, locale: string): string {
  const d = e.detail;
  const money = (amount: unknown, currency: unknown) =>
    typeof amount === 'string' && typeof currency === 'string' ? formatMoney(amount, currency, locale) : '';
  switch (e.kind) {
    case 'invoice':
      return [e.title.replace(/^Invoice /, ''), money(d.amount, d.currency), typeof d.dueDate === 'string' ? t('timeline.due', { date: formatDate(d.dueDate, locale) }) : '']
        .filter(Boolean).join(' · ');
    case 'payment':
    case 'credit_note':
      return [e.title === e.kind ? '' : e.title, money(d.amount, d.currency)].filter(Boolean).join(' · ');
    case 'promise': {
      const m = /^(\S+) (-?[\d.]+) ([A-Z]{3}) by (\d{4}-\d{2}-\d{2})$/.exec(e.title);
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
