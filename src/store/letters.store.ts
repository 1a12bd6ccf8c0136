import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import type { BankAccount, TaxIds } from './schema.ts';

/** Everything a letter about some invoices of one customer needs, read in three queries. */
export type LetterSource = {
  company: { id: string; legalName: string; taxIds: TaxIds; country: string; address: string | null; bankAccounts: BankAccount[] };
  customer: { id: string; legalName: string; taxId: string | null; taxIdKind: string | null; country: string; legalAddress: string | null; language: string; timeZone: string };
  contacts: { name: string; role: string; decidesOnPayments: boolean; emails: { work?: string; personal?: string }; language: string | null }[];
  invoices: { id: string; number: string; issueDate: string; dueDate: string; amount: bigint; paid: bigint; currency: string; contractId: string | null }[];
  contract: { number: string; date: string; claimResponseDays: number; penalty: { kind: 'percent_per_day' | 'percent_per_year'; rate: string } | null } | null;
};

export async function letterSource(db: DbOrTx, customerId: string, invoiceIds: string[], asOf: string): Promise<LetterSource | undefined> {
  const head = await db.execute(sql`
    select row_to_json(c) as customer, row_to_json(co) as company from
      (select id, legal_name as "legalName", tax_id as "taxId", tax_id_kind as "taxIdKind", country, legal_address as "legalAddress", language, time_zone as "timeZone", company_id from customers where id = ${customerId}) c
      join (select id, legal_name as "legalName", tax_ids as "taxIds", country, address, bank_accounts as "bankAccounts" from companies) co on co.id = c.company_id`);
  const row = head.rows[0] as { customer: LetterSource['customer']; company: LetterSource['company'] } | undefined;
  if (!row) return undefined;
  const contacts = await db.execute(sql`select name, role, decides_on_payments as "decidesOnPayments", emails, language from contacts where customer_id = ${customerId} order by decides_on_payments desc, created_at`);
  const invoices = await db.execute(sql`
    select i.id, i.number, i.issue_date as "issueDate", i.due_date as "dueDate", i.amount, i.currency, i.contract_id as "contractId",
      coalesce((select sum(a.amount) from allocations a where a.invoice_id = i.id and a.date <= ${asOf}::date), 0)::bigint as paid
    from invoices i where i.id = any(${sql.param(invoiceIds)}::uuid[]) order by i.due_date, i.number`);
  const invoiceRows = invoices.rows as LetterSource['invoices'];
  const contractId = invoiceRows.find((i) => i.contractId)?.contractId;
  const contract = contractId
    ? ((await db.execute(sql`select number, date, claim_response_days as "claimResponseDays", penalty from contracts where id = ${contractId}`)).rows[0] as LetterSource['contract'])
    : null;
  return { ...row, contacts: contacts.rows as LetterSource['contacts'], invoices: invoiceRows, contract };
}
