import { addCalendarDays } from '../../src/domain/calendar/index.ts';
import { createCompany } from '../../src/actions/create-company.ts';
import { createCustomer } from '../../src/actions/create-customer.ts';
import { createInvoice } from '../../src/actions/create-invoice.ts';
import { recordCredit } from '../../src/actions/record-credit.ts';
import { runCollection, type ActionReport } from '../../src/actions/run-collection.ts';
import type { Db } from '../../src/store/db.ts';

/**
 * Day-by-day scenarios for the pressure scale: make a customer and invoices, run the daily run for
 * each date, and read what happened as short lines: "L1 call task 10:00-17:00 A-1".
 */
const ctx = { actor: 'test', at: new Date('2025-01-01T00:00:00Z') };
let companyId: string | undefined;
let seq = 0;

export type ScenarioCustomer = { id: string; timeZone: string };

export async function makeCustomer(db: Db, options: { country?: string; timeZone?: string; riskClass?: string; isIndividual?: boolean; policyCode?: string } = {}): Promise<ScenarioCustomer> {
  companyId ??= (await createCompany(db, { legalName: 'Seller', taxIds: {}, country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru', bankAccounts: [] }, ctx)).id;
  seq += 1;
  const c = await createCustomer(db, {
    companyId, legalName: `Customer ${seq}`, externalId: `C-${seq}`, country: options.country ?? 'RU', timeZone: options.timeZone ?? 'Europe/Moscow',
    language: 'ru', tags: [], isIndividual: options.isIndividual ?? false, riskClass: options.riskClass, policyCode: options.policyCode,
  }, ctx);
  return { id: c.id, timeZone: c.timeZone };
}

export async function makeInvoice(db: Db, customer: ScenarioCustomer, number: string, dueDate: string, amount = '1000.00', issueDate = '2025-01-01') {
  return createInvoice(db, { customerId: customer.id, number, issueDate, dueDate, amount, currency: 'RUB', documents: [] }, ctx);
}

export async function pay(db: Db, customer: ScenarioCustomer, date: string, amount: string) {
  return recordCredit(db, 'payment', { customerId: customer.id, date, amount, currency: 'RUB' }, ctx);
}

export const describeAction = (a: ActionReport) =>
  `${a.stepCode} ${a.channel} ${a.mode} ${a.windowStart.slice(11, 16)}-${a.windowEnd.slice(11, 16)} ${a.invoiceNumbers.join(',')}`;

/** Runs every day from `from` to `to` (inclusive) and returns, per date, what happened to `customer`. */
export async function runDays(db: Db, customer: ScenarioCustomer, from: string, to: string, onDay?: (date: string) => Promise<void>) {
  const log: Record<string, string[]> = {};
  for (let date = from; date <= to; date = addCalendarDays(date, 1)) {
    if (onDay) await onDay(date);
    const result = await runCollection(db, date, { dryRun: false, now: () => new Date(`${date}T05:00:00Z`) });
    const mine = result.actions.filter((a) => a.customerId === customer.id).map(describeAction);
    if (mine.length > 0) log[date] = mine;
  }
  return log;
}

export async function promise(db: Db, customer: ScenarioCustomer, madeOn: string, promisedDate: string, amount: string, kind: 'promise' | 'official_letter' = 'promise') {
  const { recordPromise } = await import('../../src/actions/record-promise.ts');
  return recordPromise(db, {
    customerId: customer.id, kind, promisedDate, amount, currency: 'RUB', madeOn,
    ...(kind === 'official_letter' ? { document: { kind: 'official_letter', number: '17', date: madeOn } } : {}),
  }, madeOn, ctx);
}
