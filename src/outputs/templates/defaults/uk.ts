/**
 * Ukrainian default templates, one per MessageKind (syntax: ../parse.ts, helpers: ../helpers.ts).
 * D3: clear, polite, firm; no apologies, no threats beyond the law (U1–U4, N1, N6).
 * D4: every letter carries the invoices, the total to the kopeck, the payment details and the deadline.
 * The claim cites ст. 526, 530 ЦК України only: the Господарський кодекс (and its ст. 222) lost force
 * on 28.08.2025 (Law No. 4196-IX), so the default no longer cites it.
 */
import type { TemplateSet } from '../types.ts';

const GREETING = `{{#if contact}}Добрий день, {{contact.name}}!{{else}}Добрий день!{{/if}}`;

// The addressee block of a letter (L3, L4, L6, acts), with our outgoing number (P13).
const LETTERHEAD = `Вих. № {{reference}} від {{date date}}
Кому: {{customer.legalName}}{{#if customer.taxIds}}, {{taxIds customer.taxIds}}{{/if}}{{#if customer.address}}, {{customer.address}}{{/if}}
{{#if contact}}
До уваги: {{contact.name}}{{#if contact.role}}, {{contact.role}}{{/if}}
{{/if}}
Від: {{company.legalName}}{{#if company.taxIds}}, {{taxIds company.taxIds}}{{/if}}{{#if company.address}}, {{company.address}}{{/if}}`;

const CONTRACT = `{{#if contract}} за договором № {{contract.number}} від {{date contract.date}}{{/if}}`;

// D4/S1: every invoice with its number, dates, amount, payment, balance and days overdue.
const INVOICES = `{{#each invoices}}
- рахунок № {{number}} від {{date issueDate}}, строк оплати {{date dueDate}}: сума {{money amount currency}}, сплачено {{money paid currency}}, залишок {{money balance currency}}{{#if daysOverdue}}, прострочення {{plural daysOverdue "day"}}{{/if}}{{#if @last}}.{{else}};{{/if}}
{{/each}}`;

const TOTAL = `Разом до сплати: {{money total}} ({{plural invoices.length "invoice"}}).`;

// D4: the payee's full requisites.
const PAYMENT = `Реквізити для оплати:
Отримувач: {{company.legalName}}{{#if company.taxIds}}, {{taxIds company.taxIds}}{{/if}}
Банк: {{company.bank.bankName}}
{{#if company.bank.account}}
Рахунок: {{company.bank.account}}
{{/if}}
{{#if company.bank.iban}}
IBAN: {{company.bank.iban}}
{{/if}}
{{#if company.bank.bic}}
{{#if company.bank.iban}}BIC (SWIFT){{else}}БІК{{/if}}: {{company.bank.bic}}
{{/if}}
{{#if company.bank.correspondentAccount}}
Кор. рахунок: {{company.bank.correspondentAccount}}
{{/if}}
Призначення платежу: {{paymentPurpose}}`;

const SIGNATURE = `З повагою,
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

export const ukTemplates: TemplateSet = {
  // L1/P4: before the due date, friendly and exact.
  'pre-due-reminder': {
    subject: 'Нагадування про строк оплати: {{money total}}, вих. № {{reference}}',
    body: `${GREETING}

Нагадуємо, що наближається строк оплати${CONTRACT}. До сплати:

${INVOICES}

${TOTAL}

Просимо сплатити {{money total}} у зазначені строки{{#if deadline}}, не пізніше {{date deadline}}{{/if}}. Якщо платіж уже здійснено, надішліть, будь ласка, копію платіжної інструкції.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L2: on the due date: remind of the obligation, payment by the end of the day.
  'due-date-reminder': {
    subject: 'Строк оплати спливає {{date date}}: {{money total}}',
    body: `${GREETING}

Сьогодні, {{date date}}, спливає строк оплати${CONTRACT} за такими рахунками:

${INVOICES}

${TOTAL}

Оплата в строк — ваше зобов'язання за договором. Просимо перерахувати {{money total}} {{#if deadline}}не пізніше {{date deadline}}{{else}}сьогодні до кінця робочого дня{{/if}} та надіслати копію платіжної інструкції.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L3: not paid on time: pay by the deadline, or the contract's penalties apply.
  'demand-letter': {
    subject: 'Вимога про сплату простроченої заборгованості {{money total}}',
    body: `${LETTERHEAD}

${GREETING}

Станом на {{date date}} не сплачено такі рахунки${CONTRACT}:

${INVOICES}

Разом прострочена заборгованість: {{money total}} ({{plural invoices.length "invoice"}}).

Вимагаємо сплатити заборгованість у розмірі {{money total}} {{#if deadline}}до {{date deadline}} включно{{else}}протягом 5 робочих днів від дати цього листа{{/if}}. Якщо оплата не надійде у зазначений строк, буде застосовано санкції, передбачені договором{{#if contract.penalty}}: неустойку в розмірі {{penalty contract.penalty}}{{/if}}.

Якщо оплату вже здійснено, просимо надіслати копію платіжної інструкції.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L4/L5: payment now, or an official letter (гарантійний лист) with the payment date (N3).
  'official-letter-request': {
    subject: 'Оплата заборгованості {{money total}} або гарантійний лист',
    body: `${LETTERHEAD}

${GREETING}

Заборгованість${CONTRACT} не погашено:

${INVOICES}

${TOTAL}

Просимо {{#if deadline}}до {{date deadline}}{{else}}протягом робочого дня{{/if}} сплатити {{money total}} або надіслати нам гарантійний лист на бланку підприємства за підписом керівника із зазначенням суми та конкретної дати оплати.{{#if company.email}} Скан гарантійного листа можна надіслати на {{company.email}}, оригінал — поштою.{{/if}}

${PAYMENT}

${SIGNATURE}
`,
  },

  // L6: the claim (претензія): contract, amount, response deadline, legal basis, court if unpaid.
  'formal-claim': {
    subject: 'Претензія про сплату заборгованості {{money total}}, вих. № {{reference}}',
    body: `ПРЕТЕНЗІЯ
про сплату заборгованості

${LETTERHEAD}

{{#if contract}}
Між {{company.legalName}} та {{customer.legalName}} укладено договір № {{contract.number}} від {{date contract.date}}.
{{/if}}
До сплати виставлено такі рахунки, які не сплачено у встановлений строк:

${INVOICES}

Сума претензії: {{money total}} ({{plural invoices.length "invoice"}}).

Відповідно до ст. 526 ЦК України зобов'язання має виконуватися належним чином відповідно до умов договору та вимог закону, а згідно зі ст. 530 ЦК України зобов'язання, для якого встановлено строк виконання, підлягає виконанню у цей строк.{{#if contract.penalty}} Договором передбачено неустойку в розмірі {{penalty contract.penalty}}.{{/if}}

Претензію заявлено на підставі {{#if contract}}договору та {{/if}}закону в порядку досудового врегулювання спору.

Вимагаємо до {{date deadline}} сплатити заборгованість у розмірі {{money total}} за реквізитами нижче та надати відповідь на претензію. Якщо заборгованість не буде сплачено у зазначений строк, {{company.legalName}} звернеться до господарського суду з позовом про стягнення заборгованості{{#if contract.penalty}}, неустойки{{/if}} та судових витрат.

${PAYMENT}

${SIGNATURE}
`,
  },

  // S4: the agreed instalments, repeated back; the client confirms.
  'payment-plan-confirmation': {
    subject: 'Графік погашення заборгованості {{money total}}',
    body: `${GREETING}

Підтверджуємо домовленість про погашення заборгованості${CONTRACT} за таким графіком:

{{#each instalments}}
{{@number}}. {{date date}} — {{money amount currency}}{{#if @last}}.{{else}};{{/if}}
{{/each}}

Заборгованість, якої стосується графік:

${INVOICES}

${TOTAL}

Просимо вносити платежі у зазначені дати та підтвердити графік листом у відповідь{{#if deadline}} до {{date deadline}}{{/if}}. Якщо платіж не надійде вчасно, ми зв'яжемося з вами наступного робочого дня.

${PAYMENT}

${SIGNATURE}
`,
  },

  // P13: "we have recorded that you will pay X on D".
  'promise-confirmation': {
    subject: 'Підтвердження домовленості: оплата {{money promise}} {{date promise.date}}',
    body: `${GREETING}

Дякуємо за розмову. Ми зафіксували, що {{date promise.date}} ви сплатите {{money promise}}.

Заборгованість на {{date date}}:

${INVOICES}

${TOTAL}

{{#if deadline}}
Якщо оплата не надійде до {{date deadline}}, ми зв'яжемося з вами наступного робочого дня.
{{/if}}

${PAYMENT}

${SIGNATURE}
`,
  },

  // All open invoices and the balance (D4).
  'statement-of-account': {
    subject: 'Стан розрахунків на {{date date}}: до сплати {{money total}}',
    body: `${LETTERHEAD}

${GREETING}

Надсилаємо стан розрахунків${CONTRACT} на {{date date}}. Відкриті рахунки:

${INVOICES}

${TOTAL}

{{#if deadline}}
Просимо погасити прострочену заборгованість до {{date deadline}}, інші рахунки — у зазначені строки.
{{/if}}
Якщо ваші дані відрізняються від наших, повідомте, будь ласка, номери документів із розбіжностями.

${PAYMENT}

${SIGNATURE}
`,
  },

  // S4/S5: the акт звірки: sign and return within 10 days.
  'reconciliation-act-cover': {
    subject: 'Акт звірки взаєморозрахунків на {{date date}}',
    body: `${LETTERHEAD}

${GREETING}

Надсилаємо акт звірки взаєморозрахунків між {{company.legalName}} та {{customer.legalName}}${CONTRACT} станом на {{date date}}. За нашими даними, заборгованість становить {{money total}}:

${INVOICES}

Просимо протягом 10 днів від дати отримання підписати акт і повернути нам один примірник. Якщо є розбіжності, зазначте їх в акті та додайте підтвердні документи.

{{#if deadline}}
Просимо сплатити заборгованість у розмірі {{money total}} до {{date deadline}}.
{{/if}}

${PAYMENT}

Додаток: акт звірки взаєморозрахунків.

${SIGNATURE}
`,
  },
};
