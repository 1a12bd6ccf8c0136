/**
 * View-models for tests and benchmarks: a Russian (RUB), a Bulgarian (EUR) and a Ukrainian (UAH) supplier
 * with full requisites (P7, D2), 3 or 20 invoices each. Sums are computed in bigint minor units, so the
 * total is exact to the kopeck (S1).
 */
import { formatAmount, parseAmount } from '../../domain/money.ts';
import type { InvoiceLine, LetterViewModel, MessageKind } from '../view-model.ts';
import type { ReconciliationInput } from './types.ts';

export type FixtureCountry = 'RU' | 'BG' | 'UA';

const LETTER_DATE = '2025-11-05';

type Base = Omit<LetterViewModel, 'kind' | 'invoices' | 'total' | 'deadline' | 'paymentPurpose' | 'date'> & {
  currency: string; invoicePrefix: string; purpose: (numbers: string[], contract: string) => string;
};

const BASES: Record<FixtureCountry, Base> = {
  RU: {
    language: 'ru', reference: 'DBT-2025-000123', currency: 'RUB', invoicePrefix: 'СФ-',
    company: {
      legalName: 'ООО «Ромашка»', taxIds: { INN: '7701234567', KPP: '770101001' }, country: 'RU',
      address: '125009, г. Москва, ул. Тверская, д. 1, офис 5', phone: '+7 495 123-45-67', email: 'debt@romashka.example',
      bank: { bankName: 'ПАО Сбербанк', account: '40702810938000012345', bic: '044525225', correspondentAccount: '30101810400000000225' },
      signatory: { name: 'Иванов И. П.', title: 'Генеральный директор' },
    },
    customer: { legalName: 'ООО «Василёк»', taxIds: { INN: '7812345678', KPP: '781201001' }, country: 'RU', address: '190000, г. Санкт-Петербург, Невский пр., д. 10' },
    contact: { name: 'Петрова Анна Сергеевна', role: 'главный бухгалтер' },
    contract: { number: '15/2025', date: '2025-01-10', penalty: { kind: 'percent_per_day', rate: '0.1' } },
    purpose: (n, c) => (n.length <= 3 ? `Оплата по счетам ${n.join(', ')} по договору № ${c}. Без НДС` : `Оплата по договору № ${c}, счета ${n[0]}–${n.at(-1)}. Без НДС`),
  },
  BG: {
    language: 'bg', reference: 'DBT-2025-000456', currency: 'EUR', invoicePrefix: '000000',
    company: {
      legalName: 'Пример ЕООД', taxIds: { EIK: '123456789', VAT: 'BG123456789' }, country: 'BG',
      address: '1000 София, ул. Витоша 15', phone: '+359 2 123 4567', email: 'vzemania@primer.example',
      bank: { bankName: 'Банка ДСК АД', iban: 'BG80BNBG96611020345678', bic: 'STSABGSF' },
      signatory: { name: 'Мария Георгиева', title: 'Управител' },
    },
    customer: { legalName: 'Клиент ООД', taxIds: { EIK: '987654321', VAT: 'BG987654321' }, country: 'BG', address: '4000 Пловдив, бул. Марица 20' },
    contact: { name: 'Георги Петров', role: 'финансов директор' },
    contract: { number: '7/2025', date: '2025-02-03', penalty: { kind: 'percent_per_year', rate: '10' } },
    purpose: (n, c) => (n.length <= 3 ? `Плащане по фактури ${n.join(', ')}, договор ${c}` : `Плащане по договор ${c}, фактури ${n[0]}–${n.at(-1)}`),
  },
  UA: {
    language: 'uk', reference: 'DBT-2025-000789', currency: 'UAH', invoicePrefix: 'РФ-',
    company: {
      legalName: 'ТОВ «Приклад»', taxIds: { EDRPOU: '12345678' }, country: 'UA',
      address: '01001, м. Київ, вул. Хрещатик, 1', phone: '+380 44 123 45 67', email: 'borg@pryklad.example',
      bank: { bankName: 'АТ КБ «ПриватБанк»', iban: 'UA213223130000026007233566001', bic: 'PBANUA2X' },
      signatory: { name: 'Коваленко О. В.', title: 'Директор' },
    },
    customer: { legalName: 'ТОВ «Клієнт»', taxIds: { EDRPOU: '87654321' }, country: 'UA', address: '61000, м. Харків, вул. Сумська, 5' },
    contact: { name: 'Шевченко Ірина', role: 'головний бухгалтер' },
    contract: { number: '22/2025', date: '2025-03-01', penalty: { kind: 'percent_per_day', rate: '0.05' } },
    purpose: (n, c) => (n.length <= 3 ? `Оплата за рахунками ${n.join(', ')} згідно з договором № ${c}` : `Оплата згідно з договором № ${c}, рахунки ${n[0]}–${n.at(-1)}`),
  },
};

const DAY = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** Invoice i: a deterministic amount with kopecks; every third one is half paid. */
function invoice(base: Base, i: number): InvoiceLine {
  const { currency } = base;
  const amount = 1_234_550n + BigInt(i) * 987_613n; // 12 345.50, 22 221.63, …
  const paid = i % 3 === 1 ? amount / 2n : 0n;
  const issueDate = addDays('2025-06-02', i * 7);
  const dueDate = addDays(issueDate, 14);
  return {
    number: `${base.invoicePrefix}${String(101 + i).padStart(4, '0')}`, issueDate, dueDate,
    amount: formatAmount(amount, currency), paid: formatAmount(paid, currency), balance: formatAmount(amount - paid, currency),
    currency, daysOverdue: Math.max(0, daysBetween(dueDate, LETTER_DATE)),
  };
}

/** A view-model for one country's supplier with `invoiceCount` open invoices. */
export function fixtureViewModel(country: FixtureCountry, invoiceCount = 3, kind: MessageKind = 'formal-claim'): LetterViewModel {
  const { currency, invoicePrefix: _prefix, purpose, ...base } = BASES[country];
  const invoices = Array.from({ length: invoiceCount }, (_, i) => invoice(BASES[country], i));
  const total = invoices.reduce((sum, inv) => sum + parseAmount(inv.balance, currency), 0n);
  return {
    ...base, kind, date: LETTER_DATE, invoices,
    total: { amount: formatAmount(total, currency), currency },
    deadline: addDays(LETTER_DATE, 30),
    paymentPurpose: purpose(invoices.map((inv) => inv.number), base.contract?.number ?? ''),
  };
}

export const ruClaim = fixtureViewModel('RU', 3);
export const bgClaim = fixtureViewModel('BG', 3);
export const uaClaim = fixtureViewModel('UA', 3);
export const ruClaim20 = fixtureViewModel('RU', 20);
export const bgClaim20 = fixtureViewModel('BG', 20);
export const uaClaim20 = fixtureViewModel('UA', 20);

/**
 * The reconciliation act's input for a view-model (S4/S5): an opening balance paid off early in the
 * period, every invoice as a debit and every payment as a credit, so the closing balance is the total.
 */
export function fixtureReconciliation(vm: LetterViewModel): ReconciliationInput {
  const c = vm.total.currency;
  const opening = '5000.00';
  const entries: ReconciliationInput['entries'] = [{ date: '2025-05-20', document: 'ПП-0017', debit: '0.00', credit: opening }];
  for (const inv of vm.invoices) {
    entries.push({ date: inv.issueDate, document: inv.number, debit: inv.amount, credit: '0.00' });
    if (parseAmount(inv.paid, c) > 0n) entries.push({ date: addDays(inv.dueDate, 3), document: `ПП-${inv.number.slice(-3)}`, debit: '0.00', credit: inv.paid });
  }
  entries.sort((a, b) => a.date.localeCompare(b.date));
  return { period: { from: '2025-05-01', to: vm.date }, openingBalance: opening, entries };
}
