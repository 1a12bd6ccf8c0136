/**
 * The ledger schema. Money is BIGINT minor units with a currency column beside it; dates are DATE
 * ('YYYY-MM-DD'); instants are TIMESTAMPTZ. Status of an invoice is derived (see invoices.store.ts),
 * never stored. Every mutable row has a `version` for optimistic concurrency (409 on a stale write).
 * Migrations are generated from this file by `npm run db:generate` into src/store/migrations.
 */
import { sql } from 'drizzle-orm';
import {
  bigint, bigserial, boolean, check, customType, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import type { ContactRole } from '../domain/fields.ts';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const money = (name: string) => bigint(name, { mode: 'bigint' });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
const stamps = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export type Role = 'admin' | 'manager' | 'collector' | 'viewer';

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role').$type<Role>().notNull(),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  timeZone: text('time_zone').notNull().default('Europe/Moscow'), // the collector's own zone: call windows shown in it too
  language: text('language').notNull().default('ru'), // the UI language (ru, uk, bg, en)
  calendarTokenHash: text('calendar_token_hash').unique(), // L8: the secret of the iCalendar feed, hashed
  ...stamps,
}, (t) => [uniqueIndex('users_email_uq').on(sql`lower(${t.email})`)]);

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const apiTokens = pgTable('api_tokens', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type BankAccount = {
  bankName: string; iban?: string; bic?: string; account?: string; correspondentAccount?: string;
  currency?: string;
};
export type TaxIds = Record<string, string>; // e.g. { INN: '7707083893', KPP: '773601001' }

export const companies = pgTable('companies', {
  id: id(),
  legalName: text('legal_name').notNull(),
  taxIds: jsonb('tax_ids').$type<TaxIds>().notNull().default({}),
  country: text('country').notNull(),
  defaultCurrency: text('default_currency').notNull(),
  defaultLanguage: text('default_language').notNull(),
  address: text('address'),
  bankAccounts: jsonb('bank_accounts').$type<BankAccount[]>().notNull().default([]),
  ...stamps,
});

export type PaymentTerms =
  | { kind: 'net_calendar_days'; days: number }
  | { kind: 'net_business_days'; days: number }
  | { kind: 'end_of_month_plus'; days: number };

/** D1: wants to pay but can't / delays on purpose to manage its cash / avoids paying at all. */
export type DebtorType = 'cannot_pay' | 'delays' | 'avoids';

export const customers = pgTable('customers', {
  id: id(),
  companyId: uuid('company_id').notNull().references(() => companies.id),
  externalId: text('external_id'),
  legalName: text('legal_name').notNull(),
  taxId: text('tax_id'),
  taxIdKind: text('tax_id_kind'),
  country: text('country').notNull(),
  timeZone: text('time_zone').notNull(),
  language: text('language').notNull(),
  legalAddress: text('legal_address'),
  actualAddress: text('actual_address'),
  relationshipOwnerId: uuid('relationship_owner_id').references(() => users.id),
  collectorId: uuid('collector_id').references(() => users.id),
  riskClass: text('risk_class'),
  creditLimit: money('credit_limit'),
  creditLimitCurrency: text('credit_limit_currency'),
  defaultTerms: jsonb('default_terms').$type<PaymentTerms>(),
  paymentOrdering: text('payment_ordering'), // P12: how the customer orders its payments
  isIndividual: boolean('is_individual').notNull().default(false), // private person: 230-FZ contact limits
  policyCode: text('policy_code'), // overrides the risk class's policy
  debtorType: text('debtor_type').$type<DebtorType>(), // D1: set by a person
  debtorTypeNote: text('debtor_type_note'),
  tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
  // The daily run looks at a customer again on this date (null: at the next run, 'infinity': only when
  // its books change). The engine sets it after planning; triggers (migration 0005) reset it to null on
  // every write to the customer's invoices, payments, disputes, promises, tasks, messages and stops.
  // Not indexed, and the table keeps room on its pages (migration 0015), so that the daily update is HOT.
  reviewOn: date('review_on', { mode: 'string' }),
  // Whether the customer has ever had a promise (official letters and instalments included), a collection
  // stop or a dispute: set by the database when the first is recorded (migration 0021), never cleared. The
  // daily run looks those up only for a customer that has some (most never do), not seven empty look-ups each.
  hasPromises: boolean('has_promises').notNull().default(false),
  hasStops: boolean('has_stops').notNull().default(false),
  hasDisputes: boolean('has_disputes').notNull().default(false),
  ...stamps,
}, (t) => [
  uniqueIndex('customers_external_uq').on(t.companyId, t.externalId),
  index('customers_company_name_idx').on(t.companyId, t.legalName, t.id),
  index('customers_collector_idx').on(t.collectorId),
]);

export type Phones = { work?: string; mobile?: string; home?: string };
export type Emails = { work?: string; personal?: string };

export const contacts = pgTable('contacts', {
  id: id(),
  customerId: uuid('customer_id').notNull().references(() => customers.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  role: text('role').$type<ContactRole>().notNull(),
  decidesOnPayments: boolean('decides_on_payments').notNull().default(false),
  phones: jsonb('phones').$type<Phones>().notNull().default({}),
  emails: jsonb('emails').$type<Emails>().notNull().default({}),
  messengers: jsonb('messengers').$type<Record<string, string>>().notNull().default({}),
  preferredChannel: text('preferred_channel'),
  language: text('language'),
  notes: text('notes'),
  ...stamps,
}, (t) => [index('contacts_customer_idx').on(t.customerId)]);

export type PenaltyClause = { kind: 'percent_per_day' | 'percent_per_year'; rate: string; capPercent?: string };

export const contracts = pgTable('contracts', {
  id: id(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  number: text('number').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  paymentTerms: jsonb('payment_terms').$type<PaymentTerms>().notNull(),
  penalty: jsonb('penalty').$type<PenaltyClause>(),
  claimResponseDays: integer('claim_response_days').notNull().default(30),
  governingCountry: text('governing_country'),
  documents: jsonb('documents').$type<DocumentRef[]>().notNull().default([]),
  ...stamps,
}, (t) => [uniqueIndex('contracts_customer_number_uq').on(t.customerId, t.number)]);

export type DocumentRef = { kind: string; number?: string; date?: string; url?: string };

export const invoices = pgTable('invoices', {
  id: id(),
  companyId: uuid('company_id').notNull().references(() => companies.id),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  contractId: uuid('contract_id').references(() => contracts.id),
  number: text('number').notNull(),
  issueDate: date('issue_date', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  amount: money('amount').notNull(),
  currency: text('currency').notNull(),
  documents: jsonb('documents').$type<DocumentRef[]>().notNull().default([]),
  externalId: text('external_id'),
  writtenOffOn: date('written_off_on', { mode: 'string' }),
  writeOffReason: text('write_off_reason'),
  policyCode: text('policy_code'), // overrides the customer's policy
  // Everything allocated to the invoice so far, kept with every allocation written, so that the balance as
  // of a date is amount - paidTotal + allocations dated after it (the aging report reads few rows).
  paidTotal: money('paid_total').notNull().default(sql`0`),
  ...stamps,
}, (t) => [
  uniqueIndex('invoices_company_number_uq').on(t.companyId, t.number),
  index('invoices_customer_due_idx').on(t.customerId, t.dueDate),
  // The daily run reads a customer's unpaid invoices through this, not its paid history (engine.store.ts, migration 0019)
  index('invoices_unpaid_customer_idx').on(t.customerId).where(sql`paid_total < amount`),
  index('invoices_company_issue_idx').on(t.companyId, t.issueDate),
  check('invoices_amount_positive', sql`${t.amount} > 0`),
]);

export const disputes = pgTable('disputes', {
  id: id(),
  invoiceId: uuid('invoice_id').notNull().references(() => invoices.id),
  // its invoice's customer, set by the database (migration 0020): the daily run looks a customer's disputes up at once
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  openedOn: date('opened_on', { mode: 'string' }).notNull(),
  reason: text('reason').notNull(),
  resolvedOn: date('resolved_on', { mode: 'string' }),
  resolution: text('resolution'),
  ...stamps,
}, (t) => [index('disputes_invoice_idx').on(t.invoiceId), index('disputes_customer_idx').on(t.customerId)]);

export type CreditKind = 'payment' | 'credit_note';

/** Payments and credit notes: money the customer is credited with, allocated to invoices. */
export const credits = pgTable('credits', {
  id: id(),
  companyId: uuid('company_id').notNull().references(() => companies.id),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  kind: text('kind').$type<CreditKind>().notNull(),
  number: text('number'),
  date: date('date', { mode: 'string' }).notNull(),
  amount: money('amount').notNull(),
  currency: text('currency').notNull(),
  reference: text('reference'),
  externalId: text('external_id'),
  ...stamps,
}, (t) => [
  index('credits_customer_date_idx').on(t.customerId, t.date),
  uniqueIndex('credits_external_uq').on(t.companyId, t.kind, t.externalId),
  check('credits_amount_positive', sql`${t.amount} > 0`),
]);

export const allocations = pgTable('allocations', {
  id: id(),
  creditId: uuid('credit_id').notNull().references(() => credits.id, { onDelete: 'cascade' }),
  invoiceId: uuid('invoice_id').notNull().references(() => invoices.id),
  amount: money('amount').notNull(),
  date: date('date', { mode: 'string' }).notNull(), // the credit's date: balances as of a date use it
}, (t) => [
  index('allocations_invoice_idx').on(t.invoiceId, t.date),
  index('allocations_credit_idx').on(t.creditId),
  check('allocations_amount_positive', sql`${t.amount} > 0`),
]);

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'bigint' }).primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actor: text('actor').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  action: text('action').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
}, (t) => [index('audit_entity_idx').on(t.entity, t.entityId)]);

export const idempotencyKeys = pgTable('idempotency_keys', {
  key: text('key').notNull(),
  principal: text('principal').notNull(),
  requestHash: text('request_hash').notNull(),
  statusCode: integer('status_code').notNull(),
  response: jsonb('response').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('idempotency_uq').on(t.principal, t.key)]);

export const imports = pgTable('imports', {
  id: id(),
  companyId: uuid('company_id').notNull().references(() => companies.id),
  fileHash: text('file_hash').notNull(),
  fileName: text('file_name').notNull(),
  counts: jsonb('counts').$type<Record<string, number>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// ---- The pressure scale (engine) --------------------------------------------------------------------

/** Policies as data: the built-in presets live in code (domain/policy/presets.ts); these are the edited ones. */
export const policies = pgTable('policies', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  definition: jsonb('definition').notNull(), // { steps, minBalanceMinor, brokenPromisesToClaim, contactPolicy }
  ...stamps,
});

/** Which policy a risk class follows (customers and invoices may override it). */
export const riskClassPolicies = pgTable('risk_class_policies', {
  riskClass: text('risk_class').primaryKey(),
  policyCode: text('policy_code').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An admin's additions to a country's business calendar (decrees that come after the release). */
export const calendarExceptions = pgTable('calendar_exceptions', {
  country: text('country').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  kind: text('kind').$type<'working' | 'non_working'>().notNull(),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('calendar_exceptions_uq').on(t.country, t.date)]);

/**
 * Where each open invoice of a customer stands on its ladder, one row per customer: the daily run
 * reads a customer's ladders with one look-up and writes them back as one row (HOT, fillfactor 70),
 * where a row per invoice cost a look-up and a write for each (migrations 0011–0013). An invoice the
 * run no longer follows (paid, written off) drops out at the customer's next review. Each invoice is a
 * short tuple with its steps as strings (ladder-entries.ts, migration 0014): a list of objects with key
 * names was twice the bytes to parse and write. The run appends the day's moves to the row's text, and
 * rewrites it whole only to drop invoices or when appended tuples outnumber the invoices (migration
 * 0023): the JSON array's items without its brackets, as text, so that an append is a concatenation.
 */
export type LadderEntry = [invoice: string | number, steps: string[], claimDeadline?: string | null, jumpToClaim?: boolean];
export const ladders = pgTable('ladders', {
  customerId: uuid('customer_id').primaryKey().references(() => customers.id),
  invoices: text('invoices').notNull().default(''), // LadderEntry[] as JSON, without the brackets
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type PromiseKind = 'promise' | 'official_letter' | 'instalment';
export type PromiseStatus = 'open' | 'kept' | 'broken' | 'cancelled';
/** N3: a promise to pay has a date and an amount. Official letters and plan instalments are promises too. */
export const promises = pgTable('promises', {
  id: id(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  invoiceIds: uuid('invoice_ids').array().notNull(),
  kind: text('kind').$type<PromiseKind>().notNull(),
  promisedDate: date('promised_date', { mode: 'string' }).notNull(),
  amount: money('amount').notNull(),
  currency: text('currency').notNull(),
  createdOn: date('created_on', { mode: 'string' }).notNull(),
  planId: uuid('plan_id'),
  document: jsonb('document').$type<DocumentRef>(),
  note: text('note'),
  status: text('status').$type<PromiseStatus>().notNull().default('open'),
  resolvedOn: date('resolved_on', { mode: 'string' }),
  ...stamps,
}, (t) => [index('promises_customer_idx').on(t.customerId, t.status), index('promises_due_idx').on(t.status, t.promisedDate), check('promises_amount_positive', sql`${t.amount} > 0`)]);

/** A person's note about a customer (a call outside the diary, a meeting, what the director said), in its timeline. */
export const customerNotes = pgTable('customer_notes', {
  id: id(),
  customerId: uuid('customer_id').notNull().references(() => customers.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  author: text('author').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('customer_notes_customer_idx').on(t.customerId, t.createdAt)]);

/** A collection stop holds a whole customer out of the ladder until its end date. */
export const collectionStops = pgTable('collection_stops', {
  id: id(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  reason: text('reason').notNull(),
  ...stamps,
}, (t) => [index('collection_stops_customer_idx').on(t.customerId)]);

export type TaskStatus = 'open' | 'done' | 'cancelled';
export type TaskOutcome = 'reached_decision_maker' | 'callback' | 'promise' | 'official_letter_promised' | 'dispute' | 'refused' | 'wrong_number' | 'no_answer';
/** S1–S5: the goal and tactic chosen before dialling, whether the goal was reached, who stood in, a meeting. */
export type CallRecord = {
  goal?: string; tactic?: string; goalReached?: boolean;
  standIn?: { name: string; role?: string; phone?: string };
  meeting?: { at: string; place?: string; reconciliationAct: boolean };
  planId?: string; promiseId?: string; confirmationQueued?: boolean;
};
/** A call or a legal step for a person, with its window as instants; the dedupe key makes runs idempotent. */
export const tasks = pgTable('tasks', {
  id: id(),
  customerId: uuid('customer_id').notNull(), // exists: checked per statement, not by a foreign key (migration 0025)
  invoiceIds: uuid('invoice_ids').array().notNull(),
  kind: text('kind').notNull(), // step | callback | retry | broken-promise | keep-in-touch
  stepCode: text('step_code'),
  channel: text('channel').notNull(),
  scriptKey: text('script_key'),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  windowEnd: timestamp('window_end', { withTimezone: true }).notNull(),
  assigneeId: uuid('assignee_id'), // exists (migration 0025)
  queue: text('queue').notNull().default('team'),
  priority: integer('priority').notNull(),
  status: text('status').$type<TaskStatus>().notNull().default('open'), // collation "C", as dedupe_key (0022)
  outcome: text('outcome').$type<TaskOutcome>(),
  outcomeNote: text('outcome_note'),
  call: jsonb('call').$type<CallRecord>(), // S1–S5: what the call set out to do and what it got
  closedAt: timestamp('closed_at', { withTimezone: true }),
  closedReason: text('closed_reason'),
  dedupeKey: text('dedupe_key').notNull().unique(), // a key the program makes: collation "C", compared byte by byte (migration 0022)
  ...stamps,
}, (t) => [
  index('tasks_assignee_due_idx').on(t.assigneeId, t.status, t.dueDate),
  // L8: Today and the calendar feed read a collector's open tasks by date (the closed ones pile up over the years).
  index('tasks_open_assignee_due_idx').on(t.assigneeId, t.dueDate).where(sql`status = 'open'`),
  // The daily run reads a customer's open tasks and its done ones of the last 35 days as one range of this
  // index (store/engine.store.ts): bounded by the date, not by the customer's whole history (migration 0017).
  index('tasks_customer_status_due_idx').on(t.customerId, t.status, t.dueDate),
]);

/**
 * pending → sending → sent; a transient failure → retry (with back-off) → … → failed after the last try;
 * a permanent failure → failed; the conduct check → blocked (an admin may release it with a reason);
 * a worker that died between sending and recording leaves `sending`: the recovery checks the .eml
 * folder, or marks it `uncertain` for a person — never sent twice.
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'retry' | 'failed' | 'blocked' | 'uncertain' | 'cancelled';

/** Automatic steps wait here as pending messages for the delivery worker; nothing here sends mail. */
export const outbox = pgTable('outbox', {
  id: id(),
  customerId: uuid('customer_id').notNull(), // exists: checked per statement, not by a foreign key (migration 0025)
  invoiceIds: uuid('invoice_ids').array().notNull(),
  stepCode: text('step_code'),
  channel: text('channel').notNull(),
  templateKey: text('template_key').notNull(),
  language: text('language').notNull(),
  scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
  status: text('status').$type<OutboxStatus>().notNull().default('pending'), // collation "C", as dedupe_key (0022)
  dedupeKey: text('dedupe_key').notNull().unique(), // a key the program makes: collation "C", compared byte by byte (migration 0022)
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  // Delivery: a stable Message-ID, attempts with back-off, what happened last, and the conduct check.
  messageId: text('message_id'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  recipient: text('recipient'),
  subject: text('subject'),
  bodyText: text('body_text'), // the text as sent, so the customer's history opens the letter itself
  lastError: text('last_error'),
  conductFindings: jsonb('conduct_findings'),
  conductOverride: text('conduct_override'), // an admin's recorded reason to send despite a finding
}, (t) => [
  index('outbox_status_idx').on(t.status, t.scheduledAt),
  // The daily run reads a customer's messages of the last 35 days: bounded by the date, not by the
  // customer's whole history (migration 0016; with 300 more days of history, 6 -> 34 ms a page without it).
  index('outbox_customer_scheduled_idx').on(t.customerId, t.scheduledAt),
]);

/** One row per run date: when it started and finished, and what it did. */
export const engineRuns = pgTable('engine_runs', {
  asOf: date('as_of', { mode: 'string' }).primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  counts: jsonb('counts').$type<Record<string, number>>(),
});

/** SMTP per seller company; without it messages are written as .eml files to the data folder. */
export const smtpSettings = pgTable('smtp_settings', {
  companyId: uuid('company_id').primaryKey().references(() => companies.id),
  host: text('host').notNull(),
  port: integer('port').notNull(),
  secure: boolean('secure').notNull().default(false), // TLS from the start (465); otherwise STARTTLS when offered
  user: text('user'),
  password: text('password'),
  fromAddress: text('from_address').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A message received from a customer (a reply to our letter, or a letter from one of its contacts),
 * recorded so that every message sent or received is in the customer's timeline. The RFC 822 message
 * is kept byte for byte as received; the sender's Message-ID records it once per customer.
 */
export const receivedMessages = pgTable('received_messages', {
  id: id(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  outboxId: uuid('outbox_id').references(() => outbox.id), // our message it answers (In-Reply-To / References)
  matchedBy: text('matched_by').$type<'reply' | 'sender'>().notNull(),
  messageId: text('message_id').notNull(),
  fromAddress: text('from_address').notNull(),
  fromName: text('from_name'),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }), // the Date header
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  raw: bytea('raw').notNull(),
  createdBy: text('created_by').notNull(),
}, (t) => [uniqueIndex('received_messages_uq').on(t.customerId, t.messageId), index('received_messages_customer_idx').on(t.customerId, t.receivedAt)]);

/** An admin's edit of a message template (language × kind); the defaults live in code. */
export const messageTemplates = pgTable('message_templates', {
  language: text('language').notNull(),
  kind: text('kind').notNull(),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  ...stamps,
}, (t) => [uniqueIndex('message_templates_uq').on(t.language, t.kind)]);

/** S1–S5: an edited call script per policy step and language (the defaults live in code, actions/call-scripts/). */
export type ScriptStages = Record<'preparation' | 'entering' | 'contact' | 'leaving' | 'analysis', string[]>;
export const callScripts = pgTable('call_scripts', {
  stepCode: text('step_code').notNull(),
  language: text('language').notNull(),
  stages: jsonb('stages').$type<ScriptStages>().notNull(),
  ...stamps,
}, (t) => [uniqueIndex('call_scripts_uq').on(t.stepCode, t.language)]);
