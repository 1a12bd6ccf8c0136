import { api, query } from '../../../ui/http.ts';

export const BUCKETS = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90'] as const;
export type Bucket = (typeof BUCKETS)[number];

export type PromiseLine = { id: string; customerId: string; customerName: string; promisedDate: string; amount: string; currency: string; status: string; resolvedOn: string | null };
export type Dashboard = {
  asOf: string; weekStart: string;
  totals: ({ currency: string; total: string; overdue: string } & Record<Bucket, string>)[];
  topDebtors: { currency: string; items: { customerId: string; customerName: string; total: string; overdue: string; over90: string }[] }[];
  promisesDueThisWeek: PromiseLine[];
  promisesBrokenLastWeek: PromiseLine[];
  collectors: { userId: string; name: string; doneToday: number; doneThisWeek: number; open: number; overdue: number }[];
};

export const fetchDashboard = (companyId?: string) => api<Dashboard>(`/api/v1/dashboard${query({ companyId })}`);
