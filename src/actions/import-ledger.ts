import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { DomainError } from '../domain/errors.ts';
import { buildBatch, type RowError } from '../domain/import/build-batch.ts';
import { Mapping } from '../domain/import/mapping.ts';
import { resolveBatch, type Existing } from '../domain/import/resolve-batch.ts';
import type { PaymentTerms } from '../domain/payment-terms.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { existingKeys, insertContacts, insertCustomers, insertDisputes, insertInvoices, insertPayments, invoiceBalances } from '../store/import.store.ts';
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

/**
 * Imports customers, contacts, invoices, payments and disputes from one CSV/XLSX file by a column
 * mapping. Validation runs first over the whole file and reports every bad row; then everything is
 * written in the caller's transaction, or nothing is. Records already in the books (by external id or
 * invoice number) are skipped, so the same file imported twice changes nothing.
 */
export async function importLedger(db: DbOrTx, input: ImportInput, ctx: WriteContext): Promise<ImportResult> {
  const mapping = parseMapping(input.mapping);
  const table = await readTable(input.file, mapping);
  const { batch, errors } = buildBatch(mapping, table.headers, table.rows);
  const existing = await lookUpExisting(db, input.companyId, batch);
  const { resolved, errors: refErrors } = resolveBatch(batch, existing);
  failOnErrors([...errors, ...refErrors], input.fileName);

  await insertCustomers(db, input.companyId, ctx.at, resolved.newCustomers);
  const ids = await existingKeys(db, 'customers', input.companyId, [...new Set([...resolved.invoices, ...resolved.payments, ...resolved.contacts].map((r) => r.customer))]);
  const created = {
    customers: resolved.newCustomers.length,
    contacts: await insertContacts(db, ctx.at, resolved.contacts.map((c) => ({ ...c, customerId: ids.get(c.customer)! }))),
    invoices: await insertInvoices(db, input.companyId, ctx.at, resolved.invoices.map((i) => ({ ...i, customerId: ids.get(i.customer)! }))),
    payments: await insertPayments(db, input.companyId, ctx.at, resolved.payments.map((p) => ({ ...p, customerId: ids.get(p.customer)!, invoiceNumber: p.invoice }))),
    disputes: await insertDisputes(db, input.companyId, ctx.at, resolved.disputes.map((d) => ({ ...d, invoiceNumber: d.invoice }))),
  };
  const fileHash = createHash('sha256').update(input.file).digest('hex');
  const [row] = await db.insert(imports).values({ companyId: input.companyId, fileHash, fileName: input.fileName, counts: created, createdAt: ctx.at }).returning();
  await writeAudit(db, { ...ctx, entity: 'imports', entityId: row!.id, action: 'create', before: null, after: { fileName: input.fileName, fileHash, created, skipped: resolved.skipped } });
  return { fileHash, rows: table.rows.length, created, skipped: resolved.skipped };
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

async function lookUpExisting(db: DbOrTx, companyId: string, batch: ReturnType<typeof buildBatch>['batch']): Promise<Existing> {
  const customerKeys = [...new Set([...batch.customers.map((c) => c.externalId), ...batch.invoices.map((i) => i.customer), ...batch.payments.map((p) => p.customer), ...batch.contacts.map((c) => c.customer)])];
  const customerIdsByKey = await existingKeys(db, 'customers', companyId, customerKeys);
  const details = await customerDetails(db, [...customerIdsByKey.values()]);
  const customers: Existing['customers'] = new Map();
  for (const [key, id] of customerIdsByKey) customers.set(key, { id, ...(details.get(id) ?? { country: 'ZZ', terms: null }) });
  const invoiceNumbers = [...new Set([...batch.invoices.map((i) => i.number), ...batch.payments.flatMap((p) => (p.invoice ? [p.invoice] : [])), ...batch.disputes.map((d) => d.invoice)])];
  const invoices = await invoiceBalances(db, companyId, invoiceNumbers);
  const payments = new Set((await existingKeys(db, 'credits', companyId, batch.payments.map((p) => p.externalId))).keys());
  return { customers, invoices, payments };
}

async function customerDetails(db: DbOrTx, ids: string[]) {
  const out = new Map<string, { country: string; terms: PaymentTerms | null }>();
  if (ids.length === 0) return out;
  const result = await db.execute(sql`select id, country, default_terms as terms from customers where id = any(${sql.param(ids)}::uuid[])`);
  for (const r of result.rows as { id: string; country: string; terms: PaymentTerms | null }[]) out.set(r.id, r);
  return out;
}
