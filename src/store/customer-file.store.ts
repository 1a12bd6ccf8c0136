import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import { entriesOfLadderText, foldLadders } from './ladder-entries.ts';
import type { FiredStep } from '../domain/policy/types.ts';
import type { DebtorType } from './schema.ts';

/**
 * The customer file in a few indexed queries (each by customer id): the customer with its contacts, its open
 * invoices with their ladder state and next task, and the history behind the debtor-type suggestion.
 */
export type FileCustomer = {
  id: string; companyId: string; companyName: string; legalName: string; externalId: string | null; country: string; timeZone: string;
  language: string; riskClass: string | null; creditLimit: bigint | null; creditLimitCurrency: string | null; paymentOrdering: string | null;
  debtorType: DebtorType | null; debtorTypeNote: string | null; collectorId: string | null; isIndividual: boolean; policyCode: string | null;
  version: number;
  contacts: FileContact[];
};

export type FileContact = {
  id: string; name: string; role: string; decidesOnPayments: boolean; phones: Record<string, string>; emails: Record<string, string>;
  messengers: Record<string, string>; preferredChannel: string | null; language: string | null; notes: string | null; version: number;
};

export async function fileCustomer(db: DbOrTx, customerId: string): Promise<FileCustomer | undefined> {
  const result = await db.execute(sql`
    select c.id, c.company_id as "companyId", co.legal_name as "companyName", c.legal_name as "legalName", c.external_id as "externalId",
      c.country, c.time_zone as "timeZone", c.language, c.risk_class as "riskClass", c.credit_limit as "creditLimit",
      c.credit_limit_currency as "creditLimitCurrency", c.payment_ordering as "paymentOrdering", c.debtor_type as "debtorType",
      c.debtor_type_note as "debtorTypeNote", c.collector_id as "collectorId", c.is_individual as "isIndividual", c.policy_code as "policyCode", c.version,
      coalesce((select jsonb_agg(jsonb_build_object('id', k.id, 'name', k.name, 'role', k.role, 'decidesOnPayments', k.decides_on_payments,
          'phones', k.phones, 'emails', k.emails, 'messengers', k.messengers, 'preferredChannel', k.preferred_channel, 'language', k.language,
          'notes', k.notes, 'version', k.version) order by k.decides_on_payments desc, k.created_at, k.id)
        from contacts k where k.customer_id = c.id), '[]'::jsonb) as contacts
    from customers c join companies co on co.id = c.company_id where c.id = ${customerId}`);
  return result.rows[0] as FileCustomer | undefined;
}

export type FileInvoice = {
  id: string; number: string; issueDate: string; dueDate: string; amount: bigint; paid: bigint; currency: string; policyCode: string | null;
  fired: FiredStep[] | null; claimDeadline: string | null; disputed: boolean; promisedDate: string | null;
  nextTask: { id: string; dueDate: string; stepCode: string | null; kind: string; channel: string; windowStart: string } | null;
};

/** Open invoices as of `asOf` (issued by then, not written off, balance left), oldest due first. */
export async function fileInvoices(db: DbOrTx, customerId: string, asOf: string): Promise<FileInvoice[]> {
  const result = await db.execute(sql`
    select * from (
      select i.id, i.number, i.issue_date as "issueDate", i.due_date as "dueDate", i.amount, i.currency, i.policy_code as "policyCode",
        (i.paid_total - coalesce((select sum(a.amount) from allocations a where a.invoice_id = i.id and a.date > ${asOf}::date), 0))::bigint as paid,
        exists (select 1 from disputes d where d.invoice_id = i.id and d.resolved_on is null) as disputed,
        (select min(p.promised_date) from promises p where p.customer_id = i.customer_id and p.status = 'open' and i.id = any(p.invoice_ids)) as "promisedDate",
        (select jsonb_build_object('id', t.id, 'dueDate', t.due_date, 'stepCode', t.step_code, 'kind', t.kind, 'channel', t.channel, 'windowStart', t.window_start)
          from tasks t where t.customer_id = i.customer_id and t.status = 'open' and i.id = any(t.invoice_ids)
          order by t.due_date, t.window_start limit 1) as "nextTask"
      from invoices i
      where i.customer_id = ${customerId} and i.issue_date <= ${asOf}::date and (i.written_off_on is null or i.written_off_on > ${asOf}::date)
    ) x where amount - paid > 0
    order by "dueDate", number`);
  const stored = await db.execute(sql`select invoices from ladders where customer_id = ${customerId}`);
  const ladders = foldLadders(entriesOfLadderText((stored.rows[0] as { invoices: string } | undefined)?.invoices ?? ''));
  return (result.rows as Omit<FileInvoice, 'fired' | 'claimDeadline'>[]).map((i) => {
    const ladder = ladders.get(i.id);
    return { ...i, fired: ladder?.fired ?? null, claimDeadline: ladder?.claimDeadline ?? null };
  });
}

export type PaymentHistory = {
  brokenPromises: number; keptPromises: number; openPromises: number; openPlans: number;
  paidInvoices: number; averageDaysLate: number | null; partlyPaidInvoices: number; lastPaymentOn: string | null;
  unansweredCalls: number; refusals: number;
};

/** D1: what the suggestion of the debtor type reads: promises, how late payments came, calls that went nowhere. */
export async function paymentHistory(db: DbOrTx, customerId: string, asOf: string, sinceCalls: string): Promise<PaymentHistory> {
  const result = await db.execute(sql`
    select
      (select count(*) from promises where customer_id = ${customerId} and status = 'broken')::int as "brokenPromises",
      (select count(*) from promises where customer_id = ${customerId} and status = 'kept')::int as "keptPromises",
      (select count(*) from promises where customer_id = ${customerId} and status = 'open')::int as "openPromises",
      (select count(distinct plan_id) from promises where customer_id = ${customerId} and status = 'open' and plan_id is not null)::int as "openPlans",
      pay.paid::int as "paidInvoices", pay.late::float8 as "averageDaysLate", pay.partly::int as "partlyPaidInvoices",
      (select max(date) from credits where customer_id = ${customerId} and kind = 'payment' and date <= ${asOf}::date) as "lastPaymentOn",
      (select count(*) from tasks where customer_id = ${customerId} and outcome in ('no_answer', 'wrong_number') and closed_at >= ${sinceCalls}::date)::int as "unansweredCalls",
      (select count(*) from tasks where customer_id = ${customerId} and outcome = 'refused' and closed_at >= ${sinceCalls}::date)::int as refusals
    from (
      select count(*) filter (where i.paid_total >= i.amount) as paid,
        avg(greatest(0, last.date - i.due_date)) filter (where i.paid_total >= i.amount) as late,
        count(*) filter (where i.paid_total > 0 and i.paid_total < i.amount) as partly
      from invoices i left join lateral (select max(a.date) as date from allocations a where a.invoice_id = i.id) last on true
      where i.customer_id = ${customerId}
    ) pay`);
  return result.rows[0] as PaymentHistory;
}
