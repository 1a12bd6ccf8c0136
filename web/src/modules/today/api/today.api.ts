import { api, query } from '../../../ui/http.ts';

/** One call or step in the collector's day (L8): its window as instants written in the customer's offset. */
export type WorkItem = {
  id: string; version: number; customerId: string; customerName: string; customerExternalId: string | null;
  kind: string; stepCode: string | null; channel: string; dueDate: string; overdueTask: boolean;
  windowStart: string; windowEnd: string; customerTimeZone: string; priority: number;
  invoiceNumbers: string[]; overdueAmount: string; currency: string | null; daysOverdue: number;
  collectorWindowStart?: string; collectorWindowEnd?: string;
};

export type CalendarTask = Pick<WorkItem, 'id' | 'customerId' | 'customerName' | 'kind' | 'stepCode' | 'channel' | 'dueDate' | 'windowStart' | 'windowEnd' | 'customerTimeZone'> & { version: number; status?: string; outcome?: string | null; invoiceNumbers: string[]; balance?: string; currency?: string | null };

/** The day's list; `timeZone` is the collector's own zone (from their user settings). */
export type Today = { date: string; timeZone: string; items: WorkItem[] };

export const fetchToday = (date?: string) => api<Today>(`/api/v1/workspace/today${query({ date })}`);
export const fetchCalendar = (from: string, to: string) => api<{ from: string; to: string; timeZone: string; items: CalendarTask[] }>(`/api/v1/workspace/calendar${query({ from, to })}`);
/** L8: a per-user secret URL of the iCalendar feed of the collector's tasks. */
export const createCalendarFeed = () => api<{ url: string }>('/api/v1/workspace/calendar-feed', 'POST', {});
