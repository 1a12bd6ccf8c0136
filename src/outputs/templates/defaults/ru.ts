/**
 * Russian default templates, one per MessageKind. Stored as plain strings with {{…}} placeholders
 * (syntax: ../parse.ts, helpers: ../helpers.ts) so that an admin can edit them later; the shared
 * pieces below are only spliced in here and end up as part of each template's text.
 * D3: clear, polite, firm; no apologies, no threats beyond the law (U1–U4, N1, N6).
 * D4: every letter carries the invoices, the total to the kopeck, the payment details and the deadline.
 */
import type { TemplateSet } from '../types.ts';

const GREETING = `{{#if contact}}Добрый день, {{contact.name}}!{{else}}Добрый день!{{/if}}`;

// The addressee block of a letter (L3, L4, L6, acts): who writes to whom, with our outgoing number (P13).
const LETTERHEAD = `Исх. № {{reference}} от {{date date}}
Кому: {{customer.legalName}}{{#if customer.taxIds}}, {{taxIds customer.taxIds}}{{/if}}{{#if customer.address}}, {{customer.address}}{{/if}}
{{#if contact}}
Вниманию: {{contact.name}}{{#if contact.role}}, {{contact.role}}{{/if}}
{{/if}}
От: {{company.legalName}}{{#if company.taxIds}}, {{taxIds company.taxIds}}{{/if}}{{#if company.address}}, {{company.address}}{{/if}}`;

const CONTRACT = `{{#if contract}} по договору № {{contract.number}} от {{date contract.date}}{{/if}}`;

// D4/S1: every invoice with its number, dates, amount, payment, balance and days overdue.
const INVOICES = `{{#each invoices}}
- счёт № {{number}} от {{date issueDate}}, срок оплаты {{date dueDate}}: сумма {{money amount currency}}, оплачено {{money paid currency}}, остаток {{money balance currency}}{{#if daysOverdue}}, просрочка {{plural daysOverdue "day"}}{{/if}}{{#if @last}}.{{else}};{{/if}}
{{/each}}`;

const TOTAL = `Итого к оплате: {{money total}} ({{plural invoices.length "invoice"}}).`;

// D4: the payee's full requisites: Russian account, БИК and correspondent account, or IBAN and BIC.
const PAYMENT = `Реквизиты для оплаты:
Получатель: {{company.legalName}}{{#if company.taxIds}}, {{taxIds company.taxIds}}{{/if}}
Банк: {{company.bank.bankName}}
{{#if company.bank.account}}
Расчётный счёт: {{company.bank.account}}
{{/if}}
{{#if company.bank.iban}}
IBAN: {{company.bank.iban}}
{{/if}}
{{#if company.bank.bic}}
{{#if company.bank.iban}}BIC (SWIFT){{else}}БИК{{/if}}: {{company.bank.bic}}
{{/if}}
{{#if company.bank.correspondentAccount}}
Корр. счёт: {{company.bank.correspondentAccount}}
{{/if}}
Назначение платежа: {{paymentPurpose}}`;

const SIGNATURE = `С уважением,
{{#if company.signatory}}
{{company.signatory.title}}
{{company.signatory.name}}
{{/if}}
{{company.legalName}}
{{#if company.phone}}
Тел.: {{company.phone}}
{{/if}}
{{#if company.email}}
E-mail: {{company.email}}
{{/if}}`;

export const ruTemplates: TemplateSet = {
  // L1/P4: before the due date, friendly and exact.
  'pre-due-reminder': {
    subject: 'Напоминание о сроке оплаты: {{money total}}, исх. № {{reference}}',
    body: `${GREETING}

Напоминаем, что приближается срок оплаты${CONTRACT}. К оплате:

${INVOICES}

${TOTAL}

Просим оплатить {{money total}} в указанные сроки{{#if deadline}}, не позднее {{date deadline}}{{/if}}. Если платёж уже отправлен, пришлите, пожалуйста, копию платёжного поручения.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L2: on the due date: remind of the obligation, payment by the end of the day.
  'due-date-reminder': {
    subject: 'Срок оплаты истекает {{date date}}: {{money total}}',
    body: `${GREETING}

Сегодня, {{date date}}, истекает срок оплаты${CONTRACT} по следующим счетам:

${INVOICES}

${TOTAL}

Оплата в срок — ваше обязательство по договору. Просим перечислить {{money total}} {{#if deadline}}не позднее {{date deadline}}{{else}}сегодня до конца рабочего дня{{/if}} и прислать копию платёжного поручения.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L3: not paid on time: pay by the deadline, or the contract's penalties apply.
  'demand-letter': {
    subject: 'Требование об оплате просроченной задолженности {{money total}}',
    body: `${LETTERHEAD}

${GREETING}

По состоянию на {{date date}} не оплачены следующие счета${CONTRACT}:

${INVOICES}

Итого просроченная задолженность: {{money total}} ({{plural invoices.length "invoice"}}).

Требуем оплатить задолженность в размере {{money total}} {{#if deadline}}в срок до {{date deadline}} включительно{{else}}в течение 5 рабочих дней с даты этого письма{{/if}}. Если оплата не поступит в указанный срок, будут применены санкции, предусмотренные договором{{#if contract.penalty}}: неустойка в размере {{penalty contract.penalty}}{{/if}}.

Если оплата уже произведена, просим направить копию платёжного поручения.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L4/L5: payment now, or an official letter (гарантийное письмо) with the payment date (N3: a date and an amount).
  'official-letter-request': {
    subject: 'Оплата задолженности {{money total}} или гарантийное письмо',
    body: `${LETTERHEAD}

${GREETING}

Задолженность${CONTRACT} не погашена:

${INVOICES}

${TOTAL}

Просим {{#if deadline}}в срок до {{date deadline}}{{else}}в течение рабочего дня{{/if}} оплатить {{money total}} либо направить нам гарантийное письмо на бланке организации за подписью руководителя с указанием суммы и конкретной даты оплаты.{{#if company.email}} Скан гарантийного письма можно направить на {{company.email}}, оригинал — почтой.{{/if}}

${PAYMENT}

${SIGNATURE}
`,
  },

  // L6: the claim (претензия): contract, amount, response deadline, legal basis, court if unpaid.
  'formal-claim': {
    subject: 'Претензия об оплате задолженности {{money total}}, исх. № {{reference}}',
    body: `ПРЕТЕНЗИЯ
об оплате задолженности

${LETTERHEAD}

{{#if contract}}
Между {{company.legalName}} и {{customer.legalName}} заключён договор № {{contract.number}} от {{date contract.date}}.
{{/if}}
К оплате выставлены следующие счета, которые не оплачены в установленный срок:

${INVOICES}

Сумма претензии: {{money total}} ({{plural invoices.length "invoice"}}).

Согласно ст. 309, 310 ГК РФ обязательства должны исполняться надлежащим образом в соответствии с условиями обязательства и требованиями закона; односторонний отказ от исполнения обязательства не допускается.{{#if contract.penalty}} Договором предусмотрена неустойка в размере {{penalty contract.penalty}}.{{/if}}

Претензия предъявляется на основании {{#if contract}}договора и {{/if}}закона в порядке досудебного урегулирования спора (ч. 5 ст. 4 АПК РФ).

Требуем в срок до {{date deadline}} оплатить задолженность в размере {{money total}} по реквизитам ниже и направить ответ на претензию. В случае неоплаты в указанный срок {{company.legalName}} обратится в арбитражный суд с иском о взыскании задолженности{{#if contract.penalty}}, неустойки{{/if}} и судебных расходов.

${PAYMENT}

${SIGNATURE}
`,
  },

  // S4: the agreed instalments, repeated back; the client confirms.
  'payment-plan-confirmation': {
    subject: 'График погашения задолженности {{money total}}',
    body: `${GREETING}

Подтверждаем договорённость о погашении задолженности${CONTRACT} по следующему графику:

{{#each instalments}}
{{@number}}. {{date date}} — {{money amount currency}}{{#if @last}}.{{else}};{{/if}}
{{/each}}

Задолженность, к которой относится график:

${INVOICES}

${TOTAL}

Просим вносить платежи в указанные даты и подтвердить график ответным письмом{{#if deadline}} до {{date deadline}}{{/if}}. Если платёж не поступит в срок, мы свяжемся с вами на следующий рабочий день.

${PAYMENT}

${SIGNATURE}
`,
  },

  // P13: "we have recorded that you will pay X on D".
  'promise-confirmation': {
    subject: 'Подтверждение договорённости: оплата {{money promise}} {{date promise.date}}',
    body: `${GREETING}

Благодарим за разговор. Мы зафиксировали, что {{date promise.date}} вы оплатите {{money promise}}.

Задолженность на {{date date}}:

${INVOICES}

${TOTAL}

{{#if deadline}}
Если оплата не поступит до {{date deadline}}, мы свяжемся с вами на следующий рабочий день.
{{/if}}

${PAYMENT}

${SIGNATURE}
`,
  },

  // All open invoices and the balance (D4: periodic statements carry everything needed to pay).
  'statement-of-account': {
    subject: 'Состояние расчётов на {{date date}}: к оплате {{money total}}',
    body: `${LETTERHEAD}

${GREETING}

Направляем состояние расчётов${CONTRACT} на {{date date}}. Открытые счета:

${INVOICES}

${TOTAL}

{{#if deadline}}
Просим погасить просроченную задолженность до {{date deadline}}, остальные счета — в указанные сроки.
{{/if}}
Если ваши данные расходятся с нашими, сообщите, пожалуйста, номера документов с расхождениями.

${PAYMENT}

${SIGNATURE}
`,
  },

  // S4/S5: the акт сверки: sign and return within 10 days.
  'reconciliation-act-cover': {
    subject: 'Акт сверки взаимных расчётов на {{date date}}',
    body: `${LETTERHEAD}

${GREETING}

Направляем акт сверки взаимных расчётов между {{company.legalName}} и {{customer.legalName}}${CONTRACT} по состоянию на {{date date}}. По нашим данным, задолженность составляет {{money total}}:

${INVOICES}

Просим в течение 10 дней с даты получения подписать акт и вернуть нам один экземпляр. Если у вас есть расхождения, отразите их в акте и приложите подтверждающие документы.

{{#if deadline}}
Просим оплатить задолженность в размере {{money total}} до {{date deadline}}.
{{/if}}

${PAYMENT}

Приложение: акт сверки взаимных расчётов.

${SIGNATURE}
`,
  },
};
