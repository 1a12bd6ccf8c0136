/**
 * View-models for the template tests: a Russian supplier with full Russian bank requisites (р/с,
 * БИК, к/с) and a customer with three invoices, one partly paid; and a Bulgarian supplier in EUR
 * with IBAN/BIC. The total is computed from the balances in minor units, so it is exact by
 * construction. Each builder takes the kind, the language and any field to override.
 */
import type { Language } from '../../domain/fields.ts';
import { formatAmount, parseAmount } from '../../domain/money.ts';
import type { InvoiceLine, LetterViewModel, MessageKind } from '../view-model.ts';

function sumBalances(invoices: readonly InvoiceLine[], currency: string): string {
  const minor = invoices.reduce((sum, inv) => sum + parseAmount(inv.balance, currency), 0n);
  return formatAmount(minor, currency);
}

const RU_INVOICES: InvoiceLine[] = [
  { number: '15', issueDate: '2025-09-01', dueDate: '2025-09-15', amount: '48600.00', paid: '0.00', balance: '48600.00', currency: 'RUB', daysOverdue: 51 },
  { number: '16', issueDate: '2025-09-20', dueDate: '2025-10-04', amount: '125000.00', paid: '60000.50', balance: '64999.50', currency: 'RUB', daysOverdue: 32 },
  { number: '21', issueDate: '2025-10-20', dueDate: '2025-11-03', amount: '1120700.89', paid: '0.00', balance: '1120700.89', currency: 'RUB', daysOverdue: 2 },
];

/** ООО «Вектор» writes to ООО «Южный Порт»: 3 invoices, №16 partly paid, total 1 234 300,39 руб. */
export function buildRussianViewModel(kind: MessageKind, language: Language = 'ru', overrides: Partial<LetterViewModel> = {}): LetterViewModel {
  const invoices = overrides.invoices ?? RU_INVOICES;
  return {
    kind,
    language,
    date: '2025-11-05',
    reference: 'DBT-2025-000123',
    company: {
      legalName: 'ООО «Вектор»',
      taxIds: { INN: '7701234567', KPP: '770101001', OGRN: '1027700123456' },
      country: 'RU',
      address: '125009, г. Москва, ул. Тверская, д. 7, офис 12',
      bank: { bankName: 'ПАО Сбербанк', account: '40702810938000012345', bic: '044525225', correspondentAccount: '30101810400000000225' },
      signatory: { name: 'И. П. Смирнов', title: 'Генеральный директор' },
      phone: '+7 495 123-45-67',
      email: 'ar@vector.example',
    },
    customer: {
      legalName: 'ООО «Южный Порт»',
      taxIds: { INN: '2301234567', KPP: '230101001' },
      country: 'RU',
      address: '353900, Краснодарский край, г. Новороссийск, ул. Портовая, д. 3',
    },
    contact: { name: 'Анна Сергеевна Петрова', role: 'главный бухгалтер' },
    contract: { number: 'П-17/2025', date: '2025-01-15', penalty: { kind: 'percent_per_day', rate: '0.1' } },
    invoices,
    total: { amount: sumBalances(invoices, 'RUB'), currency: 'RUB' },
    deadline: '2025-11-12',
    promise: { date: '2025-11-10', amount: '113599.50', currency: 'RUB' },
    instalments: [
      { date: '2025-11-15', amount: '500000.00', currency: 'RUB' },
      { date: '2025-12-15', amount: '500000.00', currency: 'RUB' },
      { date: '2026-01-15', amount: '234300.39', currency: 'RUB' },
    ],
    paymentPurpose: 'Оплата по счетам № 15, 16, 21 по договору № П-17/2025. НДС не облагается',
    ...overrides,
  };
}

const BG_INVOICES: InvoiceLine[] = [
  { number: '0000001234', issueDate: '2025-10-01', dueDate: '2025-10-15', amount: '2450.00', paid: '0.00', balance: '2450.00', currency: 'EUR', daysOverdue: 21 },
  { number: '0000001240', issueDate: '2025-10-10', dueDate: '2025-10-24', amount: '980.40', paid: '480.35', balance: '500.05', currency: 'EUR', daysOverdue: 12 },
];

/** „Балкан Трейд“ ЕООД writes to „Родопа Логистик“ ООД: 2 invoices in EUR, total 2 950,05 евро. */
export function buildBulgarianViewModel(kind: MessageKind, language: Language = 'bg', overrides: Partial<LetterViewModel> = {}): LetterViewModel {
  const invoices = overrides.invoices ?? BG_INVOICES;
  return {
    kind,
    language,
    date: '2025-11-05',
    reference: 'DBT-2025-000456',
    company: {
      legalName: '„Балкан Трейд“ ЕООД',
      taxIds: { EIK: '201234567', VAT: 'BG201234567' },
      country: 'BG',
      address: 'гр. София 1000, ул. „Граф Игнатиев“ № 10',
      bank: { bankName: 'УниКредит Булбанк АД', iban: 'BG80BNBG96611020345678', bic: 'UNCRBGSF' },
      signatory: { name: 'Мария Иванова', title: 'Управител' },
      phone: '+359 2 987 6543',
      email: 'finance@balkantrade.example',
    },
    customer: { legalName: '„Родопа Логистик“ ООД', taxIds: { EIK: '204567890' }, country: 'BG', address: 'гр. Пловдив, бул. „Марица“ № 5' },
    contact: undefined,
    contract: { number: '12/2025', date: '2025-02-03', penalty: { kind: 'percent_per_year', rate: '10' } },
    invoices,
    total: { amount: sumBalances(invoices, 'EUR'), currency: 'EUR' },
    deadline: '2025-11-20',
    promise: { date: '2025-11-14', amount: '2950.05', currency: 'EUR' },
    instalments: [
      { date: '2025-11-14', amount: '1500.00', currency: 'EUR' },
      { date: '2025-12-12', amount: '1450.05', currency: 'EUR' },
    ],
    paymentPurpose: 'Плащане по фактури № 0000001234, 0000001240',
    ...overrides,
  };
}
