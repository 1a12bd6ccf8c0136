/**
 * Every word the PDF documents print, in the view-model's language (ru, uk, bg, en). Sentences are
 * functions of already formatted values. The wording is firm and factual: an exact amount and an exact
 * date in every demand (N3), a consequence that can really follow, a court (L6, U3), no apology (S2).
 */
import type { Language } from '../../domain/fields.ts';
import type { DocumentKind } from './types.ts';

type Penalty = 'percent_per_day' | 'percent_per_year';

export type Labels = {
  titles: Record<DocumentKind, string>;
  outgoing: (ref: string, date: string) => string;
  to: string; attention: string; phone: string; email: string;
  taxIds: Record<string, string>;
  bank: { bank: string; account: string; bic: string; correspondent: string; iban: string };
  table: { no: string; invoice: string; issued: string; due: string; amount: string; paid: string; balance: string; overdue: string; total: string };
  contract: (no: string, date: string) => string;
  penalty: (rate: string, kind: Penalty) => string;
  intro: (contract: string | undefined) => string;
  demand: { payBy: (amount: string, deadline: string) => string; payNow: (amount: string) => string };
  claim: { basis: (legal: string, amount: string, deadline: string) => string; respondBy: (deadline: string) => string; court: string; claimed: string };
  statement: { intro: (date: string, customer: string) => string; payBy: (deadline: string) => string; disputes: string };
  payment: { heading: string; recipient: string; amount: string; purpose: string; scan: string; standard: string };
  signature: { stamp: string; sign: string };
  recon: {
    period: (from: string, to: string) => string; between: (a: string, b: string) => string; byData: (party: string) => string;
    date: string; document: string; debit: string; credit: string; opening: string; turnover: string; closing: string;
    owesUs: (date: string, debtor: string, creditor: string, amount: string) => string; settled: (date: string) => string; from: (party: string) => string;
  };
  page: (n: number, of: number) => string;
};

const ru: Labels = {
  titles: { 'demand-letter': 'Требование об оплате задолженности', 'formal-claim': 'Претензия', 'reconciliation-act': 'Акт сверки взаимных расчётов', 'statement-of-account': 'Выписка о состоянии расчётов' },
  outgoing: (ref, date) => `Исх. № ${ref} от ${date}`,
  to: 'Кому', attention: 'Вниманию', phone: 'Тел.', email: 'E-mail',
  taxIds: { INN: 'ИНН', KPP: 'КПП', OGRN: 'ОГРН' },
  bank: { bank: 'Банк', account: 'Р/с', bic: 'БИК', correspondent: 'К/с', iban: 'IBAN' },
  table: { no: '№', invoice: 'Счёт', issued: 'Дата', due: 'Срок оплаты', amount: 'Сумма', paid: 'Оплачено', balance: 'Долг', overdue: 'Дней просрочки', total: 'Итого задолженность' },
  contract: (no, date) => `договор № ${no} от ${date}`,
  penalty: (rate, kind) => `Договором предусмотрена неустойка за просрочку оплаты: ${rate}% ${kind === 'percent_per_day' ? 'за каждый день просрочки' : 'годовых'}.`,
  intro: (c) => `${c ? `Между нашими компаниями заключён ${c}. ` : ''}Наши обязательства исполнены в полном объёме, однако следующие счета не оплачены в установленный срок:`,
  demand: { payBy: (a, d) => `Требуем оплатить задолженность в размере ${a} до ${d}.`, payNow: (a) => `Требуем оплатить задолженность в размере ${a} незамедлительно.` },
  claim: {
    basis: (l, a, d) => `На основании ${l} требуем погасить задолженность в размере ${a} в срок до ${d}.`,
    respondBy: (d) => `Ответ на претензию просим направить до ${d}.`,
    court: 'Если оплата не поступит в указанный срок, мы обратимся в арбитражный суд с иском о взыскании долга, неустойки и судебных расходов.',
    claimed: 'Сумма требования',
  },
  statement: { intro: (d, c) => `По нашим данным на ${d} за ${c} числятся неоплаченные счета:`, payBy: (d) => `Просим оплатить задолженность до ${d}.`, disputes: 'Если ваши данные расходятся с нашими, сообщите нам: мы направим акт сверки.' },
  payment: { heading: 'Реквизиты для оплаты', recipient: 'Получатель', amount: 'Сумма к оплате', purpose: 'Назначение платежа', scan: 'Отсканируйте QR-код в приложении банка', standard: 'Стандарт QR-кода' },
  signature: { stamp: 'М.П.', sign: '(подпись)' },
  recon: {
    period: (f, t) => `за период с ${f} по ${t}`, between: (a, b) => `между ${a} и ${b}`, byData: (p) => `По данным ${p}`,
    date: 'Дата', document: 'Документ', debit: 'Дебет', credit: 'Кредит', opening: 'Сальдо начальное', turnover: 'Обороты за период', closing: 'Сальдо конечное',
    owesUs: (d, debtor, creditor, a) => `На ${d} задолженность ${debtor} перед ${creditor} составляет ${a}.`, settled: (d) => `На ${d} задолженность отсутствует.`, from: (p) => `От ${p}`,
  },
  page: (n, of) => `Стр. ${n} из ${of}`,
};

const uk: Labels = {
  titles: { 'demand-letter': 'Вимога про оплату заборгованості', 'formal-claim': 'Претензія', 'reconciliation-act': 'Акт звірки взаємних розрахунків', 'statement-of-account': 'Виписка про стан розрахунків' },
  outgoing: (ref, date) => `Вих. № ${ref} від ${date}`,
  to: 'Кому', attention: 'До уваги', phone: 'Тел.', email: 'E-mail',
  taxIds: { EDRPOU: 'ЄДРПОУ', RNOKPP: 'РНОКПП', IPN: 'ІПН' },
  bank: { bank: 'Банк', account: 'Рахунок', bic: 'BIC', correspondent: 'Кор. рахунок', iban: 'IBAN' },
  table: { no: '№', invoice: 'Рахунок', issued: 'Дата', due: 'Строк оплати', amount: 'Сума', paid: 'Сплачено', balance: 'Борг', overdue: 'Днів прострочення', total: 'Разом заборгованість' },
  contract: (no, date) => `договір № ${no} від ${date}`,
  penalty: (rate, kind) => `Договором передбачено пеню за прострочення оплати: ${rate}% ${kind === 'percent_per_day' ? 'за кожен день прострочення' : 'річних'}.`,
  intro: (c) => `${c ? `Між нашими компаніями укладено ${c}. ` : ''}Наші зобов’язання виконано в повному обсязі, однак наведені нижче рахунки не оплачено в установлений строк:`,
  demand: { payBy: (a, d) => `Вимагаємо сплатити заборгованість у розмірі ${a} до ${d}.`, payNow: (a) => `Вимагаємо сплатити заборгованість у розмірі ${a} негайно.` },
  claim: {
    basis: (l, a, d) => `На підставі ${l} вимагаємо сплатити заборгованість у розмірі ${a} до ${d}.`,
    respondBy: (d) => `Відповідь на претензію просимо надати до ${d}.`,
    court: 'Якщо оплата не надійде у зазначений строк, ми звернемося до господарського суду з позовом про стягнення боргу, пені та судових витрат.',
    claimed: 'Сума вимоги',
  },
  statement: { intro: (d, c) => `За нашими даними станом на ${d} за ${c} обліковуються неоплачені рахунки:`, payBy: (d) => `Просимо сплатити заборгованість до ${d}.`, disputes: 'Якщо ваші дані відрізняються від наших, повідомте нам: ми надішлемо акт звірки.' },
  payment: { heading: 'Реквізити для оплати', recipient: 'Отримувач', amount: 'Сума до сплати', purpose: 'Призначення платежу', scan: 'Відскануйте QR-код у застосунку банку', standard: 'Стандарт QR-коду' },
  signature: { stamp: 'М.П.', sign: '(підпис)' },
  recon: {
    period: (f, t) => `за період з ${f} по ${t}`, between: (a, b) => `між ${a} та ${b}`, byData: (p) => `За даними ${p}`,
    date: 'Дата', document: 'Документ', debit: 'Дебет', credit: 'Кредит', opening: 'Сальдо початкове', turnover: 'Обороти за період', closing: 'Сальдо кінцеве',
    owesUs: (d, debtor, creditor, a) => `Станом на ${d} заборгованість ${debtor} перед ${creditor} становить ${a}.`, settled: (d) => `Станом на ${d} заборгованість відсутня.`, from: (p) => `Від ${p}`,
  },
  page: (n, of) => `Стор. ${n} з ${of}`,
};

const bg: Labels = {
  titles: { 'demand-letter': 'Покана за плащане', 'formal-claim': 'Покана за доброволно изпълнение', 'reconciliation-act': 'Акт за сверка на разчетите', 'statement-of-account': 'Извлечение от сметка' },
  outgoing: (ref, date) => `Изх. № ${ref} от ${date}`,
  to: 'До', attention: 'На вниманието на', phone: 'Тел.', email: 'E-mail',
  taxIds: { EIK: 'ЕИК', VAT: 'ДДС №' },
  bank: { bank: 'Банка', account: 'Сметка', bic: 'BIC', correspondent: 'Кор. сметка', iban: 'IBAN' },
  table: { no: '№', invoice: 'Фактура', issued: 'Дата', due: 'Падеж', amount: 'Сума', paid: 'Платено', balance: 'Дължимо', overdue: 'Дни просрочие', total: 'Общо задължение' },
  contract: (no, date) => `договор № ${no} от ${date}`,
  penalty: (rate, kind) => `Договорът предвижда неустойка за забава на плащането: ${rate}% ${kind === 'percent_per_day' ? 'за всеки ден забава' : 'годишно'}.`,
  intro: (c) => `${c ? `Между нашите дружества е сключен ${c}. ` : ''}Задълженията ни са изпълнени изцяло, но следните фактури не са платени в срок:`,
  demand: { payBy: (a, d) => `Моля, платете задължението в размер на ${a} до ${d}.`, payNow: (a) => `Моля, платете задължението в размер на ${a} незабавно.` },
  claim: {
    basis: (l, a, d) => `На основание ${l} Ви каним да платите задължението в размер на ${a} в срок до ${d}.`,
    respondBy: (d) => `Очакваме Вашия отговор до ${d}.`,
    court: 'Ако плащането не постъпи в посочения срок, ще предявим иск в съда за събиране на задължението, лихвите и разноските.',
    claimed: 'Претендирана сума',
  },
  statement: { intro: (d, c) => `По наши данни към ${d} ${c} има следните неплатени фактури:`, payBy: (d) => `Моля, платете задължението до ${d}.`, disputes: 'Ако Вашите данни се различават от нашите, уведомете ни: ще Ви изпратим акт за сверка.' },
  payment: { heading: 'Данни за плащане', recipient: 'Получател', amount: 'Сума за плащане', purpose: 'Основание за плащане', scan: 'Сканирайте QR кода с приложението на банката', standard: 'Стандарт на QR кода' },
  signature: { stamp: 'Печат', sign: '(подпис)' },
  recon: {
    period: (f, t) => `за периода от ${f} до ${t}`, between: (a, b) => `между ${a} и ${b}`, byData: (p) => `По данни на ${p}`,
    date: 'Дата', document: 'Документ', debit: 'Дебит', credit: 'Кредит', opening: 'Начално салдо', turnover: 'Обороти за периода', closing: 'Крайно салдо',
    owesUs: (d, debtor, creditor, a) => `Към ${d} задължението на ${debtor} към ${creditor} е ${a}.`, settled: (d) => `Към ${d} няма задължения.`, from: (p) => `За ${p}`,
  },
  page: (n, of) => `Стр. ${n} от ${of}`,
};

const en: Labels = {
  titles: { 'demand-letter': 'Demand for payment', 'formal-claim': 'Formal claim (letter before action)', 'reconciliation-act': 'Reconciliation statement', 'statement-of-account': 'Statement of account' },
  outgoing: (ref, date) => `Ref. ${ref} of ${date}`,
  to: 'To', attention: 'Attention', phone: 'Tel.', email: 'E-mail',
  taxIds: { INN: 'INN', KPP: 'KPP', EDRPOU: 'EDRPOU', EIK: 'UIC', VAT: 'VAT No.' },
  bank: { bank: 'Bank', account: 'Account', bic: 'BIC', correspondent: 'Corr. account', iban: 'IBAN' },
  table: { no: 'No.', invoice: 'Invoice', issued: 'Date', due: 'Due date', amount: 'Amount', paid: 'Paid', balance: 'Balance', overdue: 'Days overdue', total: 'Total outstanding' },
  contract: (no, date) => `contract No. ${no} of ${date}`,
  penalty: (rate, kind) => `The contract provides for a late-payment penalty of ${rate}% ${kind === 'percent_per_day' ? 'for each day of delay' : 'per year'}.`,
  intro: (c) => `${c ? `Our companies have concluded ${c}. ` : ''}We have performed our obligations in full, but the invoices below were not paid when due:`,
  demand: { payBy: (a, d) => `Please pay the outstanding ${a} by ${d}.`, payNow: (a) => `Please pay the outstanding ${a} immediately.` },
  claim: {
    basis: (l, a, d) => `Under ${l}, we demand payment of ${a} by ${d}.`,
    respondBy: (d) => `Please reply to this claim by ${d}.`,
    court: 'If payment is not received by that date, we will file a claim in court to recover the debt, interest and legal costs.',
    claimed: 'Amount claimed',
  },
  statement: { intro: (d, c) => `According to our records, as of ${d} the following invoices of ${c} are unpaid:`, payBy: (d) => `Please pay the outstanding balance by ${d}.`, disputes: 'If your records differ from ours, let us know and we will send a reconciliation statement.' },
  payment: { heading: 'Payment details', recipient: 'Payee', amount: 'Amount to pay', purpose: 'Payment reference', scan: 'Scan the QR code in your banking app', standard: 'QR code standard' },
  signature: { stamp: 'Seal', sign: '(signature)' },
  recon: {
    period: (f, t) => `for the period from ${f} to ${t}`, between: (a, b) => `between ${a} and ${b}`, byData: (p) => `Per ${p}`,
    date: 'Date', document: 'Document', debit: 'Debit', credit: 'Credit', opening: 'Opening balance', turnover: 'Turnover for the period', closing: 'Closing balance',
    owesUs: (d, debtor, creditor, a) => `As of ${d}, ${debtor} owes ${creditor} ${a}.`, settled: (d) => `As of ${d}, nothing is owed.`, from: (p) => `For ${p}`,
  },
  page: (n, of) => `Page ${n} of ${of}`,
};

export const LABELS: Record<Language, Labels> = { ru, uk, bg, en };

/**
 * The legal basis cited in a claim (L6), by the supplier's country; English letters cite it in English.
 * With a contractual penalty the penalty article replaces (RU, BG) or joins (UA) the statutory interest one.
 * Legal wording: to be reviewed by the legal team before the first real claim goes out (R5).
 */
export const LEGAL_BASIS: Record<string, (penalty: boolean) => { native: string; en: string }> = {
  RU: (p) => ({ native: `ст. 309, 310 и ${p ? 330 : 395} ГК РФ`, en: `Articles 309, 310 and ${p ? 330 : 395} of the Civil Code of the Russian Federation` }),
  UA: (p) => ({ native: `ст. 526, 530, ${p ? '549, ' : ''}625 Цивільного кодексу України`, en: `Articles 526, 530, ${p ? '549, ' : ''}625 of the Civil Code of Ukraine` }),
  BG: (p) => ({ native: `чл. 79 и чл. ${p ? 92 : 86} от Закона за задълженията и договорите`, en: `Articles 79 and ${p ? 92 : 86} of the Bulgarian Obligations and Contracts Act` }),
};

export const GENERIC_BASIS: Record<Language, string> = { ru: 'договора и закона', uk: 'договору та закону', bg: 'договора и закона', en: 'the contract and the applicable law' };

export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
