import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { DomainError } from '../domain/errors.ts';
import { buildBatch, type Batch, type RowError } from '../domain/import/build-batch.ts';
import { Mapping } from '../domain/import/mapping.ts';
import { resolveBatch, type Existing, type Resolved } from '../domain/import/resolve-batch.ts';
import { inSlices, SLICE, type Sliced } from '../domain/import/slices.ts';
import type { PaymentTerms } from '../domain/payment-terms.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { DbOrTx } from '../store/db.ts';
import {
  addToPaidTotals, booksHold, existingKeys, insertContacts, insertCustomers, insertDisputes, insertInvoices, insertPayments, invoicesInBooks,
  type ContactInsert, type CustomerInsert, type DisputeInsert, type InvoiceInsert, type PaymentInsert,
} from '../store/import.store.ts';
import { recordIdSequence } from '../store/record-ids.ts';
import { imports } from '../store/schema.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { readTable } from './read-table.ts';

export type ImportInput = { companyId: string; mapping: unknown; file: Buffer; fileName: string };
export type ImportResult = {
  fileHash: string;
  rows: number;
  created: { customers: number; contacts: number; invoices: number; payments: number; disputes: number };
  skipped: { customers: number; invoices: number; payments: number };
};

const MAX_LISTED_ERRORS = 1000;

/** Runs one named step of the import; the import benchmark passes a stopwatch (bench/ledger/import-phases.ts). */
export type ImportStep = <T>(name: string, work: () => T | Promise<T>) => Promise<T>;
const justRun: ImportStep = async (_name, work) => work();
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports customers, contacts, invoices, payments and disputes from one CSV/XLSX file by a column
 * mapping. Validation runs first over the whole file and reports every bad row; then everything is
 * written in the caller's transaction, or nothing is. Records already in the books (by external id or
 * invoice number) are skipped, so the same file imported twice changes nothing.
 */
export async function importLedger(db: DbOrTx, input: ImportInput, ctx: WriteContext, step: ImportStep = justRun): Promise<ImportResult> {
  const mapping = parseMapping(input.mapping);
  // The long loops run in slices with a pause between them, so the server answers other requests meanwhile.
  const table = await step('read the file', () => readTable(input.file, mapping, pause));
  const { batch, errors } = await step('validate and convert', () => inSlices(buildBatch(mapping, table.headers, table.rows), pause));
  const existing = await step('look up the books', () => lookUpExisting(db, input.companyId, batch));
  const { resolved, errors: refErrors } = await step('resolve references', () => inSlices(resolveBatch(batch, existing), pause));
  failOnErrors([...errors, ...refErrors], input.fileName);
  const rows = await step('give new records their ids', () => inSlices(withIds(resolved, existing, ctx.at), pause));

  const created = {
    customers: await step('write customers', () => insertCustomers(db, input.companyId, ctx.at, rows.customers)),
    contacts: await step('write contacts', () => insertContacts(db, ctx.at, rows.contacts)),
    invoices: await step('write invoices', () => insertInvoices(db, input.companyId, ctx.at, rows.invoices)),
    payments: await step('write payments and allocations', () => insertPayments(db, input.companyId, ctx.at, rows.payments)),
    disputes: await step('write disputes', () => insertDisputes(db, ctx.at, rows.disputes)),
  };
  await step('update paid totals in the books', () => addToPaidTotals(db, rows.paidToInvoicesInBooks));
  const fileHash = createHash('sha256').update(input.file).digest('hex');
  const [row] = await db.insert(imports).values({ companyId: input.companyId, fileHash, fileName: input.fileName, counts: created, createdAt: ctx.at }).returning();
  await writeAudit(db, { ...ctx, entity: 'imports', entityId: row!.id, action: 'create', before: null, after: { fileName: input.fileName, fileHash, created, skipped: resolved.skipped } });
  return { fileHash, rows: table.rows.length, created, skipped: resolved.skipped };
}

/** The rows an import writes, each new record with its id. */
type RowsToWrite = {
  customers: CustomerInsert[]; contacts: ContactInsert[]; invoices: InvoiceInsert[]; payments: PaymentInsert[]; disputes: DisputeInsert[];
  /** New invoices carry their paid total from the start; invoices already in the books get theirs raised. */
  paidToInvoicesInBooks: { invoiceId: string; amount: bigint }[];
};

/**
 * Every new record gets its id before anything is written (time-ordered, store/record-ids.ts), so the
 * rows reference each other by id and the writes need no lookups.
 */
function* withIds(resolved: Resolved, existing: Existing, at: Date): Sliced<RowsToWrite> {
  const newId = recordIdSequence(at);
  const customerIds = new Map<string, string>();
  for (const [key, c] of existing.customers) customerIds.set(key, c.id);
  const customers = resolved.newCustomers.map((c) => ({ id: newId(), externalId: c.externalId, legalName: c.legalName, country: c.country, timeZone: c.timeZone, language: c.language, taxId: c.taxId, riskClass: c.riskClass, legalAddress: c.legalAddress, tags: c.tags }));
  for (const c of customers) customerIds.set(c.externalId, c.id);
  yield;
  const invoiceIds = new Map<string, string>();
  for (const [number, i] of existing.invoices) invoiceIds.set(number, i.id);
  const invoices: InvoiceInsert[] = [];
  for (const i of resolved.invoices) {
    const id = newId();
    invoiceIds.set(i.number, id);
    if (invoices.push({ id, customerId: customerIds.get(i.customer)!, number: i.number, issueDate: i.issueDate, dueDate: i.dueDate, amount: i.amount, currency: i.currency, externalId: i.externalId, paidTotal: i.paid }) % SLICE === 0) yield;
  }
  const payments: PaymentInsert[] = [];
  const paidToInvoicesInBooks: RowsToWrite['paidToInvoicesInBooks'] = [];
  for (const p of resolved.payments) {
    const invoiceId = p.allocate > 0n ? invoiceIds.get(p.invoice!) : undefined;
    if (invoiceId && existing.invoices.has(p.invoice!)) paidToInvoicesInBooks.push({ invoiceId, amount: p.allocate });
    if (payments.push({
      id: newId(), customerId: customerIds.get(p.customer)!, externalId: p.externalId, date: p.date, amount: p.amount, currency: p.currency, reference: p.reference,
      invoiceId, allocationId: invoiceId && newId(), allocate: p.allocate,
    }) % SLICE === 0) yield;
  }
  return {
    customers, invoices, payments, paidToInvoicesInBooks,
    contacts: resolved.contacts.map((c) => ({ ...c, customerId: customerIds.get(c.customer)! })),
    disputes: resolved.disputes.map((d) => ({ ...d, invoiceId: invoiceIds.get(d.invoice)! })),
  };
}

function parseMapping(raw: unknown): Mapping {
  const parsed = Mapping.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields = Object.fromEntries(parsed.error.issues.map((i) => [`mapping.${i.path.join('.')}`, i.message]));
  throw new DomainError('validation_failed', `mapping: ${Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ')}`, fields);
}

function failOnErrors(errors: RowError[], fileName: string): void {
  if (errors.length === 0) return;
  errors.sort((a, b) => a.line - b.line);
  const first = errors.slice(0, 3).map((e) => `line ${e.line}, column ${e.column}: ${e.reason}`).join('; ');
  throw new DomainError('import_failed', `${fileName}: ${errors.length} bad cell(s), nothing was imported. ${first}`, undefined,
    { errorCount: errors.length, errors: errors.slice(0, MAX_LISTED_ERRORS) });
}

async function lookUpExisting(db: DbOrTx, companyId: string, batch: Batch): Promise<Existing> {
  const existing: Existing = { customers: new Map(), invoices: new Map(), payments: new Set() };
  const holds = await booksHold(db, companyId); // a first import into empty books collects no keys
  if (holds.customers) {
    const keys = new Set<string>();
    for (const c of batch.customers) keys.add(c.externalId);
    for (const r of [...batch.invoices, ...batch.payments, ...batch.contacts]) keys.add(r.customer);
    const ids = await existingKeys(db, 'customers', companyId, [...keys]);
    const details = await customerDetails(db, [...ids.values()]);
    for (const [key, id] of ids) existing.customers.set(key, { id, ...(details.get(id) ?? { country: 'ZZ', terms: null }) });
  }
  if (holds.invoices) {
    const numbers = new Set<string>();
    for (const i of batch.invoices) numbers.add(i.number);
    for (const p of batch.payments) if (p.invoice) numbers.add(p.invoice);
    for (const d of batch.disputes) numbers.add(d.invoice);
    existing.invoices = await invoicesInBooks(db, companyId, [...numbers]);
  }
  if (holds.credits) existing.payments = new Set((await existingKeys(db, 'credits', companyId, batch.payments.map((p) => p.externalId))).keys());
  return existing;
}

async function customerDetails(db: DbOrTx, ids: string[]) {
  const out = new Map<string, { country: string; terms: PaymentTerms | null }>();
  if (ids.length === 0) return out;
  const result = await db.execute(sql`select id, country, default_terms as terms from customers where id = any(${sql.param(ids)}::uuid[])`);
  for (const r of result.rows as { id: string; country: string; terms: PaymentTerms | null }[]) out.set(r.id, r);
  return out;
}
