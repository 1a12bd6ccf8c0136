import type { BusinessCalendar } from './calendar/index.ts';
import { addBusinessDays, addCalendarDays, endOfMonth } from './calendar/index.ts';

export type PaymentTerms =
  | { kind: 'net_calendar_days'; days: number }
  | { kind: 'net_business_days'; days: number }
  | { kind: 'end_of_month_plus'; days: number };

/**
 * P1: the due date follows from the agreed terms when the invoice does not state one.
 * Net N calendar days, net N business days of the customer's country, or end of the issue month + N.
 */
export function dueDateFromTerms(issueDate: string, terms: PaymentTerms, calendar: BusinessCalendar): string {
  switch (terms.kind) {
    case 'net_calendar_days':
      return addCalendarDays(issueDate, terms.days);
    case 'net_business_days':
      return addBusinessDays(calendar, issueDate, terms.days);
    case 'end_of_month_plus':
      return addCalendarDays(endOfMonth(issueDate), terms.days);
  }
}

/** Terms used when neither the contract nor the customer names any. */
export const DEFAULT_TERMS: PaymentTerms = { kind: 'net_calendar_days', days: 30 };
