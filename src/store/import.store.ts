import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

/**
 * Bulk writes for imports: one INSERT … SELECT FROM unnest(arrays) per chunk (one parameter per column,
 * not per cell), insert-if-absent on each record's natural key so that importing the same file twice
 * changes nothing. Arrays go to the driver as single parameters (sql.param), bigints as strings.
 */
const CHUNK = 5000;
const arr = (values: unknown[]) => sql.param(values.map((v) => (typeof v === 'bigint' ? v.toString() : v ?? null)));

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<number>): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += CHUNK) written += await write(rows.slice(i, i + CHUNK));
  return written;
}

const count = (r: { rowCount?: number | null }) => r.rowCount ?? 0;

export async function existingKeys(db: DbOrTx, kind: 'customers' | 'invoices' | 'credits', companyId: string, keys: string[]): Promise<Map<string, string>> {
  const column = sql.raw(kind === 'invoices' ? 'number' : 'external_id');
  const extra = kind === 'credits' ? sql`and kind = 'payment'` : sql``;
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const result = await db.execute(sql`select ${column} as key, id from ${sql.raw(kind)}
      where company_id = ${companyId} ${extra} and ${column} = any(${arr(keys.slice(i, i + CHUNK))}::text[])`);
    for (const row of result.rows as { key: string; id: string }[]) out.set(row.key, row.id);
  }
  return out;
}

export type CustomerInsert = { externalId: string; legalName: string; country: string; timeZone: string; language: string; taxId?: string | undefined; riskClass?: string | undefined; legalAddress?: string | undefined; tags: string[] };

export function insertCustomers(db: DbOrTx, companyId: string, at: Date, rows: CustomerInsert[]): Promise<number> {
  return inChunks(rows, async (c) => count(await db.execute(sql`
    insert into customers (company_id, external_id, legal_name, country, time_zone, language, tax_id, risk_class, legal_address, tags, created_at, updated_at)
    select ${companyId}, e, n, co, tz, l, t, r, a, case when tg = '' then '{}'::text[] else string_to_array(tg, E'\\x1f') end, ${at}, ${at}
    from unnest(${arr(c.map((x) => x.externalId))}::text[], ${arr(c.map((x) => x.legalName))}::text[], ${arr(c.map((x) => x.country))}::text[],
      ${arr(c.map((x) => x.timeZone))}::text[], ${arr(c.map((x) => x.language))}::text[], ${arr(c.map((x) => x.taxId))}::text[],
      ${arr(c.map((x) => x.riskClass))}::text[], ${arr(c.map((x) => x.legalAddress))}::text[], ${arr(c.map((x) => x.tags.join('\x1f')))}::text[])
      as u(e, n, co, tz, l, t, r, a, tg)
    on conflict (company_id, external_id) do nothing`)));
}

export type ContactInsert = { customerId: string; name: string; role: string; decidesOnPayments: boolean; phones: object; emails: object };

export function insertContacts(db: DbOrTx, at: Date, rows: ContactInsert[]): Promise<number> {
  return inChunks(rows, async (c) => count(await db.execute(sql`
    insert into contacts (customer_id, name, role, decides_on_payments, phones, emails, created_at, updated_at)
    select cu, n, r, d, p::jsonb, e::jsonb, ${at}, ${at}
    from unnest(${arr(c.map((x) => x.customerId))}::uuid[], ${arr(c.map((x) => x.name))}::text[], ${arr(c.map((x) => x.role))}::text[],
      ${arr(c.map((x) => x.decidesOnPayments))}::boolean[], ${arr(c.map((x) => JSON.stringify(x.phones)))}::text[], ${arr(c.map((x) => JSON.stringify(x.emails)))}::text[])
      as u(cu, n, r, d, p, e)
    where not exists (select 1 from contacts k where k.customer_id = u.cu and k.name = u.n)`)));
}

export type InvoiceInsert = { customerId: string; number: string; issueDate: string; dueDate: string; amount: bigint; currency: string; externalId?: string | undefined };

export function insertInvoices(db: DbOrTx, companyId: string, at: Date, rows: InvoiceInsert[]): Promise<number> {
  return inChunks(rows, async (c) => count(await db.execute(sql`
    insert into invoices (company_id, customer_id, number, issue_date, due_date, amount, currency, external_id, created_at, updated_at)
    select ${companyId}, cu, n, i, d, a, cur, e, ${at}, ${at}
    from unnest(${arr(c.map((x) => x.customerId))}::uuid[], ${arr(c.map((x) => x.number))}::text[], ${arr(c.map((x) => x.issueDate))}::date[],
      ${arr(c.map((x) => x.dueDate))}::date[], ${arr(c.map((x) => x.amount))}::bigint[], ${arr(c.map((x) => x.currency))}::text[], ${arr(c.map((x) => x.externalId))}::text[])
      as u(cu, n, i, d, a, cur, e)
    on conflict (company_id, number) do nothing`)));
}

export type PaymentInsert = { customerId: string; externalId: string; date: string; amount: bigint; currency: string; reference?: string | undefined; invoiceNumber?: string | undefined; allocate: bigint };

/** Payments, and their allocation to the invoice named in the same row (by number). */
export async function insertPayments(db: DbOrTx, companyId: string, at: Date, rows: PaymentInsert[]): Promise<number> {
  return inChunks(rows, async (c) => {
    const result = await db.execute(sql`
      with u as (
        select * from unnest(${arr(c.map((x) => x.customerId))}::uuid[], ${arr(c.map((x) => x.externalId))}::text[], ${arr(c.map((x) => x.date))}::date[],
          ${arr(c.map((x) => x.amount))}::bigint[], ${arr(c.map((x) => x.currency))}::text[], ${arr(c.map((x) => x.reference))}::text[],
          ${arr(c.map((x) => x.invoiceNumber))}::text[], ${arr(c.map((x) => x.allocate))}::bigint[]) as u(cu, e, d, a, cur, ref, inv, alloc)
      ), ins as (
        insert into credits (company_id, customer_id, kind, date, amount, currency, reference, external_id, created_at, updated_at)
        select ${companyId}, cu, 'payment', d, a, cur, ref, e, ${at}, ${at} from u
        on conflict (company_id, kind, external_id) do nothing
        returning id, external_id
      ), alloc as (
        insert into allocations (credit_id, invoice_id, amount, date)
        select ins.id, i.id, u.alloc, u.d from ins join u on u.e = ins.external_id
        join invoices i on i.company_id = ${companyId} and i.number = u.inv
        where u.alloc > 0
        returning invoice_id, amount
      ), totals as ( -- invoices.paid_total follows every allocation written
        update invoices i set paid_total = i.paid_total + a.amount
        from (select invoice_id, sum(amount) as amount from alloc group by invoice_id) a where i.id = a.invoice_id
      )
      select count(*)::int as n from ins`);
    return (result.rows[0] as { n: number }).n;
  });
}

export type DisputeInsert = { invoiceNumber: string; openedOn: string; reason: string; resolvedOn?: string | undefined };

export function insertDisputes(db: DbOrTx, companyId: string, at: Date, rows: DisputeInsert[]): Promise<number> {
  return inChunks(rows, async (c) => count(await db.execute(sql`
    insert into disputes (invoice_id, opened_on, reason, resolved_on, resolution, created_at, updated_at)
    select i.id, u.o, u.r, u.res, case when u.res is null then null else 'closed in the source system' end, ${at}, ${at}
    from unnest(${arr(c.map((x) => x.invoiceNumber))}::text[], ${arr(c.map((x) => x.openedOn))}::date[], ${arr(c.map((x) => x.reason))}::text[],
      ${arr(c.map((x) => x.resolvedOn))}::date[]) as u(n, o, r, res)
    join invoices i on i.company_id = ${companyId} and i.number = u.n
    where not exists (select 1 from disputes d where d.invoice_id = i.id and d.opened_on = u.o)`)));
}

export async function invoiceBalances(db: DbOrTx, companyId: string, numbers: string[]): Promise<Map<string, { balance: bigint; currency: string }>> {
  const out = new Map<string, { balance: bigint; currency: string }>();
  for (let i = 0; i < numbers.length; i += CHUNK) {
    const result = await db.execute(sql`select i.number, i.currency,
        (i.amount - coalesce((select sum(amount) from allocations a where a.invoice_id = i.id), 0))::bigint as balance
      from invoices i where i.company_id = ${companyId} and i.number = any(${arr(numbers.slice(i, i + CHUNK))}::text[])`);
    for (const row of result.rows as { number: string; currency: string; balance: bigint }[]) out.set(row.number, row);
  }
  return out;
}
