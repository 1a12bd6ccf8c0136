import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

/**
 * An invoice as of a date: its balance counts only allocations dated on or before `asOf`, and its
 * status is derived, never stored: written_off, disputed, paid, partially_paid or open.
 */
export type InvoiceStatus = 'open' | 'partially_paid' | 'paid' | 'disputed' | 'written_off';
export type InvoiceView = {
  id: string; companyId: string; customerId: string; contractId: string | null; number: string;
  issueDate: string; dueDate: string; amount: bigint; currency: string; paid: bigint; balance: bigint;
  status: InvoiceStatus; externalId: string | null; documents: unknown; writtenOffOn: string | null;
  writeOffReason: string | null; version: number; createdAt: Date; updatedAt: Date;
};

export function invoiceViewSql(asOf: string, where: SQL, orderAndLimit: SQL = sql``): SQL {
  return sql`
    select i.id, i.company_id as "companyId", i.customer_id as "customerId", i.contract_id as "contractId",
      i.number, i.issue_date as "issueDate", i.due_date as "dueDate", i.amount, i.currency,
      coalesce(a.paid, 0)::bigint as paid, (i.amount - coalesce(a.paid, 0))::bigint as balance,
      case
        when i.written_off_on is not null and i.written_off_on <= ${asOf}::date then 'written_off'
        when exists (select 1 from disputes d where d.invoice_id = i.id and d.opened_on <= ${asOf}::date
                     and (d.resolved_on is null or d.resolved_on > ${asOf}::date)) then 'disputed'
        when i.amount - coalesce(a.paid, 0) = 0 then 'paid'
        when coalesce(a.paid, 0) > 0 then 'partially_paid'
        else 'open'
      end as status,
      i.external_id as "externalId", i.documents, i.written_off_on as "writtenOffOn",
      i.write_off_reason as "writeOffReason", i.version, i.created_at as "createdAt", i.updated_at as "updatedAt"
    from invoices i
    left join lateral (select sum(al.amount) as paid from allocations al
                       where al.invoice_id = i.id and al.date <= ${asOf}::date) a on true
    where ${where}
    ${orderAndLimit}`;
}

export async function findInvoiceView(db: DbOrTx, id: string, asOf: string): Promise<InvoiceView | undefined> {
  const result = await db.execute(invoiceViewSql(asOf, sql`i.id = ${id}`));
  return result.rows[0] as InvoiceView | undefined;
}

export type OpenInvoice = { id: string; number: string; dueDate: string; currency: string; balance: bigint; disputed: boolean };

/**
 * The customer's invoices with money still owed (all allocations, whatever their date), oldest due date
 * first, locked for the allocating transaction so two payments cannot both fill the same invoice.
 */
export async function lockOpenInvoices(db: DbOrTx, customerId: string, invoiceIds?: string[]): Promise<OpenInvoice[]> {
  await db.execute(sql`select id from customers where id = ${customerId} for update`);
  const only = invoiceIds ? sql`and i.id in (${sql.join(invoiceIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  const result = await db.execute(sql`
    select i.id, i.number, i.due_date as "dueDate", i.currency,
      (i.amount - coalesce((select sum(amount) from allocations where invoice_id = i.id), 0))::bigint as balance,
      exists (select 1 from disputes d where d.invoice_id = i.id and d.resolved_on is null) as disputed
    from invoices i
    where i.customer_id = ${customerId} and i.written_off_on is null ${only}
    order by i.due_date, i.issue_date, i.number`);
  return result.rows as OpenInvoice[];
}

export async function countAllocations(db: DbOrTx, invoiceId: string): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from allocations where invoice_id = ${invoiceId}`);
  return (result.rows[0] as { n: number }).n;
}

export type InvoiceFilter = {
  companyId?: string | undefined; customerId?: string | undefined; collectorId?: string | undefined;
  status?: InvoiceStatus | undefined; currency?: string | undefined; dueFrom?: string | undefined; dueTo?: string | undefined;
  number?: string | undefined;
};

const INVOICE_SORTS: Record<string, string> = { dueDate: '"dueDate"', issueDate: '"issueDate"', number: 'number', amount: 'amount', balance: 'balance' };

/** Invoices as of a date, filtered (status is filtered after it is derived), sorted, paged by cursor. */
export async function listInvoiceViews(
  db: DbOrTx, asOf: string, f: InvoiceFilter, page: { limit: number; after?: [unknown, string] | undefined; sort: string },
): Promise<InvoiceView[]> {
  const where = [
    sql`true`,
    f.companyId ? sql`i.company_id = ${f.companyId}` : undefined,
    f.customerId ? sql`i.customer_id = ${f.customerId}` : undefined,
    f.collectorId ? sql`i.customer_id in (select id from customers where collector_id = ${f.collectorId})` : undefined,
    f.currency ? sql`i.currency = ${f.currency}` : undefined,
    f.dueFrom ? sql`i.due_date >= ${f.dueFrom}::date` : undefined,
    f.dueTo ? sql`i.due_date <= ${f.dueTo}::date` : undefined,
    f.number ? sql`i.number = ${f.number}` : undefined,
  ].filter((w): w is SQL => w !== undefined);
  const descending = page.sort.startsWith('-');
  const column = sql.raw(INVOICE_SORTS[page.sort.replace(/^-/, '')] ?? '"dueDate"');
  const dir = sql.raw(descending ? 'desc' : 'asc');
  const cmp = sql.raw(descending ? '<' : '>');
  const cursor = page.after ? sql`and (v.${column}, v.id) ${cmp} (${page.after[0]}, ${page.after[1]}::uuid)` : sql``;
  const status = f.status ? sql`and v.status = ${f.status}` : sql``;
  const result = await db.execute(sql`
    select * from (${invoiceViewSql(asOf, sql.join(where, sql` and `))}) v
    where true ${status} ${cursor}
    order by v.${column} ${dir}, v.id ${dir}
    limit ${page.limit}`);
  return result.rows as InvoiceView[];
}

export const INVOICE_SORT_KEYS = Object.keys(INVOICE_SORTS);

/** Keeps invoices.paid_total equal to the sum of the invoice's allocations (see schema.ts). */
export async function addToPaidTotals(db: DbOrTx, allocated: { invoiceId: string; amount: bigint }[]): Promise<void> {
  if (allocated.length === 0) return;
  await db.execute(sql`update invoices i set paid_total = i.paid_total + u.amount
    from (select invoice_id, sum(amount) as amount from unnest(${sql.param(allocated.map((a) => a.invoiceId))}::uuid[], ${sql.param(allocated.map((a) => a.amount.toString()))}::bigint[]) as x(invoice_id, amount) group by invoice_id) u
    where i.id = u.invoice_id`);
}
