import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

/**
 * Bulk writes for imports: one INSERT … SELECT FROM unnest(arrays) per chunk of rows (one parameter per
 * column, not per cell). The import has already looked up what the books hold and skips it, and gives
 * every new row its id (store/record-ids.ts), so rows are plain inserts that reference each other by id:
 * a record that appeared meanwhile fails its unique key and the whole import rolls back (409).
 *
 * Each chunk's arrays are serialized to PostgreSQL array literals while the database is still writing
 * the previous chunk, so the two cores work at once.
 */
export const IMPORT_CHUNK = 5000;
type Cell = string | bigint | boolean | null | undefined;

/** A PostgreSQL array literal ('{"a","b",NULL}') sent as one text parameter. */
function pgArray(values: Cell[]) {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else {
      const s = typeof v === 'string' ? v : String(v);
      out += s.includes('"') || s.includes('\\') ? `"${s.replace(/["\\]/g, '\\$&')}"` : `"${s}"`;
    }
  }
  return sql.param(out + '}');
}

const column = <T>(rows: T[], pick: (row: T) => Cell) => pgArray(rows.map(pick));
const count = (r: { rowCount?: number | null }) => r.rowCount ?? 0;

/** Writes chunk after chunk in the caller's transaction, building the next statement while one runs. */
async function inChunks<T>(db: DbOrTx, rows: T[], statement: (chunk: T[]) => SQL): Promise<number> {
  let written = 0;
  let pending: Promise<number> | undefined;
  for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
    const next = statement(rows.slice(i, i + IMPORT_CHUNK));
    if (pending) written += await pending;
    pending = db.execute(next).then(count);
    pending.catch(() => undefined); // awaited below; this only keeps a failure from counting as unhandled meanwhile
  }
  return written + (pending ? await pending : 0);
}

/** Which of the company's tables hold anything: a first import into empty books needs no lookups at all. */
export async function booksHold(db: DbOrTx, companyId: string): Promise<{ customers: boolean; invoices: boolean; credits: boolean }> {
  const result = await db.execute(sql`select exists (select 1 from customers where company_id = ${companyId}) as customers,
    exists (select 1 from invoices where company_id = ${companyId}) as invoices, exists (select 1 from credits where company_id = ${companyId}) as credits`);
  return result.rows[0] as { customers: boolean; invoices: boolean; credits: boolean };
}

/** Natural key -> id of the company's records that are already in the books. */
export async function existingKeys(db: DbOrTx, kind: 'customers' | 'credits', companyId: string, keys: string[]): Promise<Map<string, string>> {
  const extra = kind === 'credits' ? sql`and kind = 'payment'` : sql``;
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += IMPORT_CHUNK) {
    const result = await db.execute(sql`select external_id as key, id from ${sql.raw(kind)}
      where company_id = ${companyId} ${extra} and external_id = any(${pgArray(keys.slice(i, i + IMPORT_CHUNK))}::text[])`);
    for (const row of result.rows as { key: string; id: string }[]) out.set(row.key, row.id);
  }
  return out;
}

export type InvoiceInBooks = { id: string; balance: bigint; currency: string };

/** The company's invoices with these numbers: id, currency and what is still owed on each. */
export async function invoicesInBooks(db: DbOrTx, companyId: string, numbers: string[]): Promise<Map<string, InvoiceInBooks>> {
  const out = new Map<string, InvoiceInBooks>();
  for (let i = 0; i < numbers.length; i += IMPORT_CHUNK) {
    const result = await db.execute(sql`select number, id, currency, (amount - paid_total)::bigint as balance
      from invoices where company_id = ${companyId} and number = any(${pgArray(numbers.slice(i, i + IMPORT_CHUNK))}::text[])`);
    for (const row of result.rows as (InvoiceInBooks & { number: string })[]) out.set(row.number, { id: row.id, balance: BigInt(row.balance), currency: row.currency });
  }
  return out;
}

export type CustomerInsert = { id: string; externalId: string; legalName: string; country: string; timeZone: string; language: string; taxId?: string | undefined; riskClass?: string | undefined; legalAddress?: string | undefined; tags: string[] };

export function insertCustomers(db: DbOrTx, companyId: string, at: Date, rows: CustomerInsert[]): Promise<number> {
  return inChunks(db, rows, (c) => sql`
    insert into customers (id, company_id, external_id, legal_name, country, time_zone, language, tax_id, risk_class, legal_address, tags, created_at, updated_at)
    select id, ${companyId}, e, n, co, tz, l, t, r, a, case when tg = '' then '{}'::text[] else string_to_array(tg, E'\\x1f') end, ${at}, ${at}
    from unnest(${column(c, (x) => x.id)}::uuid[], ${column(c, (x) => x.externalId)}::text[], ${column(c, (x) => x.legalName)}::text[], ${column(c, (x) => x.country)}::text[],
      ${column(c, (x) => x.timeZone)}::text[], ${column(c, (x) => x.language)}::text[], ${column(c, (x) => x.taxId)}::text[],
      ${column(c, (x) => x.riskClass)}::text[], ${column(c, (x) => x.legalAddress)}::text[], ${column(c, (x) => x.tags.join('\x1f'))}::text[])
      as u(id, e, n, co, tz, l, t, r, a, tg)`);
}

export type ContactInsert = { customerId: string; name: string; role: string; decidesOnPayments: boolean; phones: object; emails: object };

/** Contacts are matched by customer and name: one already there is not added again. */
export function insertContacts(db: DbOrTx, at: Date, rows: ContactInsert[]): Promise<number> {
  return inChunks(db, rows, (c) => sql`
    insert into contacts (customer_id, name, role, decides_on_payments, phones, emails, created_at, updated_at)
    select cu, n, r, d, p::jsonb, e::jsonb, ${at}, ${at}
    from unnest(${column(c, (x) => x.customerId)}::uuid[], ${column(c, (x) => x.name)}::text[], ${column(c, (x) => x.role)}::text[],
      ${column(c, (x) => x.decidesOnPayments)}::boolean[], ${column(c, (x) => JSON.stringify(x.phones))}::text[], ${column(c, (x) => JSON.stringify(x.emails))}::text[])
      as u(cu, n, r, d, p, e)
    where not exists (select 1 from contacts k where k.customer_id = u.cu and k.name = u.n)`);
}

/** `paidTotal`: what this import allocates to the new invoice (invoices.paid_total follows every allocation). */
export type InvoiceInsert = { id: string; customerId: string; number: string; issueDate: string; dueDate: string; amount: bigint; currency: string; externalId?: string | undefined; paidTotal: bigint };

export function insertInvoices(db: DbOrTx, companyId: string, at: Date, rows: InvoiceInsert[]): Promise<number> {
  return inChunks(db, rows, (c) => sql`
    insert into invoices (id, company_id, customer_id, number, issue_date, due_date, amount, currency, external_id, paid_total, created_at, updated_at)
    select id, ${companyId}, cu, n, i, d, a, cur, e, p, ${at}, ${at}
    from unnest(${column(c, (x) => x.id)}::uuid[], ${column(c, (x) => x.customerId)}::uuid[], ${column(c, (x) => x.number)}::text[], ${column(c, (x) => x.issueDate)}::date[],
      ${column(c, (x) => x.dueDate)}::date[], ${column(c, (x) => x.amount)}::bigint[], ${column(c, (x) => x.currency)}::text[], ${column(c, (x) => x.externalId)}::text[],
      ${column(c, (x) => x.paidTotal)}::bigint[])
      as u(id, cu, n, i, d, a, cur, e, p)`);
}

/** A payment, and its allocation to one invoice when `allocate` > 0 (`allocationId` is then set). */
export type PaymentInsert = { id: string; customerId: string; externalId: string; date: string; amount: bigint; currency: string; reference?: string | undefined; allocationId?: string | undefined; invoiceId?: string | undefined; allocate: bigint };

export function insertPayments(db: DbOrTx, companyId: string, at: Date, rows: PaymentInsert[]): Promise<number> {
  return inChunks(db, rows, (c) => sql`
    with u as (
      select * from unnest(${column(c, (x) => x.id)}::uuid[], ${column(c, (x) => x.customerId)}::uuid[], ${column(c, (x) => x.externalId)}::text[], ${column(c, (x) => x.date)}::date[],
        ${column(c, (x) => x.amount)}::bigint[], ${column(c, (x) => x.currency)}::text[], ${column(c, (x) => x.reference)}::text[],
        ${column(c, (x) => x.allocationId)}::uuid[], ${column(c, (x) => x.invoiceId)}::uuid[], ${column(c, (x) => x.allocate)}::bigint[]) as u(id, cu, e, d, a, cur, ref, aid, inv, alloc)
    ), allocation as ( -- the allocation's date is its payment's: balances as of a date read it
      insert into allocations (id, credit_id, invoice_id, amount, date) select aid, id, inv, alloc, d from u where alloc > 0
    )
    insert into credits (id, company_id, customer_id, kind, date, amount, currency, reference, external_id, created_at, updated_at)
    select id, ${companyId}, cu, 'payment', d, a, cur, ref, e, ${at}, ${at} from u`);
}

/** invoices.paid_total follows every allocation: this adds an import's allocations to invoices already in the books. */
export function addToPaidTotals(db: DbOrTx, rows: { invoiceId: string; amount: bigint }[]): Promise<number> {
  return inChunks(db, rows, (c) => sql`
    update invoices i set paid_total = i.paid_total + a.amount
    from (select id, sum(amount) as amount from unnest(${column(c, (x) => x.invoiceId)}::uuid[], ${column(c, (x) => x.amount)}::bigint[]) as u(id, amount) group by id) a
    where i.id = a.id`);
}

export type DisputeInsert = { invoiceId: string; openedOn: string; reason: string; resolvedOn?: string | undefined };

/** Disputes are matched by invoice and opening date: one already there is not added again. */
export function insertDisputes(db: DbOrTx, at: Date, rows: DisputeInsert[]): Promise<number> {
  return inChunks(db, rows, (c) => sql`
    insert into disputes (invoice_id, opened_on, reason, resolved_on, resolution, created_at, updated_at)
    select u.inv, u.o, u.r, u.res, case when u.res is null then null else 'closed in the source system' end, ${at}, ${at}
    from unnest(${column(c, (x) => x.invoiceId)}::uuid[], ${column(c, (x) => x.openedOn)}::date[], ${column(c, (x) => x.reason)}::text[],
      ${column(c, (x) => x.resolvedOn)}::date[]) as u(inv, o, r, res)
    where not exists (select 1 from disputes d where d.invoice_id = u.inv and d.opened_on = u.o)`);
}
