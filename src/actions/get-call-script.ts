import type { Principal } from '../domain/access.ts';
import { daysBetween } from '../domain/calendar/index.ts';
import { defaultScript, fillScript, type ScriptStages } from '../domain/call-scripts/index.ts';
import type { Language } from '../domain/fields.ts';
import { formatAmount } from '../domain/money.ts';
import { formatDate, formatMoney } from '../outputs/templates/index.ts';
import { findCallScript } from '../store/call-scripts.store.ts';
import { fileCustomer, fileInvoices } from '../store/customer-file.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { userSettings } from '../store/workspace.store.ts';
import { assertCustomerInScope } from './customer-scope.ts';

const DEBTOR_LABEL: Record<Language, Record<string, string>> = {
  ru: { cannot_pay: 'хочет, но не может платить', delays: 'затягивает намеренно', avoids: 'уклоняется от оплаты', none: 'не определён' },
  uk: { cannot_pay: 'хоче, але не може платити', delays: 'затягує навмисно', avoids: 'ухиляється від оплати', none: 'не визначено' },
  bg: { cannot_pay: 'иска, но не може да плати', delays: 'бави умишлено', avoids: 'избягва плащане', none: 'не е определен' },
  en: { cannot_pay: 'wants to pay but cannot', delays: 'delays on purpose', avoids: 'avoids paying', none: 'not set' },
};

/** The script of a policy step in a language: the admin's edit, or the shipped default (S1–S5). */
export async function callScriptStages(db: DbOrTx, stepCode: string, language: Language): Promise<{ stages: ScriptStages; edited: boolean; version: number | null }> {
  const own = await findCallScript(db, stepCode, language);
  return own ? { stages: own.stages, edited: true, version: own.version } : { stages: defaultScript(stepCode, language), edited: false, version: null };
}

/** S1, S3: with a customer, the placeholders are filled: the exact amount, the months, who decides, who calls. */
export async function getCallScript(db: DbOrTx, principal: Principal, q: { stepCode: string; language: Language; customerId?: string | undefined }, asOf: string) {
  const script = await callScriptStages(db, q.stepCode, q.language);
  const base = { stepCode: q.stepCode, language: q.language, ...script };
  if (!q.customerId) return { ...base, filled: null };
  await assertCustomerInScope(db, principal, q.customerId);
  const values = await placeholderValues(db, principal, q.customerId, q.language, asOf);
  return { ...base, filled: fillScript(script.stages, values), values };
}

async function placeholderValues(db: DbOrTx, principal: Principal, customerId: string, language: Language, asOf: string): Promise<Record<string, string>> {
  const [customer, invoices, me] = [await fileCustomer(db, customerId), await fileInvoices(db, customerId, asOf), await userSettings(db, principal.userId)];
  const contacts = customer?.contacts ?? [];
  const overdue = invoices.filter((i) => i.dueDate < asOf);
  const subject = overdue.length > 0 ? overdue : invoices; // L1/L2: before the due date, the invoices coming due
  const byCurrency = new Map<string, bigint>();
  for (const i of subject) byCurrency.set(i.currency, (byCurrency.get(i.currency) ?? 0n) + i.amount - i.paid);
  const months = [...new Set(subject.map((i) => i.dueDate.slice(0, 7)))].sort()
    .map((m) => new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`)));
  const decider = contacts.find((c) => c.decidesOnPayments) ?? contacts[0];
  return {
    amount: [...byCurrency.entries()].map(([cur, minor]) => formatMoney(formatAmount(minor, cur), cur, language)).join(' + '),
    months: months.join(', '),
    invoiceNumbers: subject.map((i) => i.number).join(', '),
    dueDate: subject[0] ? formatDate(subject[0].dueDate, language) : '',
    daysOverdue: String(overdue.reduce((d, i) => Math.max(d, daysBetween(i.dueDate, asOf)), 0)),
    contactName: decider?.name ?? '',
    customerName: customer?.legalName ?? '',
    companyName: customer?.companyName ?? '',
    collectorName: me?.name ?? principal.name,
    debtorType: DEBTOR_LABEL[language][customer?.debtorType ?? 'none']!,
  };
}
