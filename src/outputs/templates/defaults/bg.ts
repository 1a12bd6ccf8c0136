/**
 * Bulgarian default templates, one per MessageKind (syntax: ../parse.ts, helpers: ../helpers.ts).
 * D3: clear, polite, firm; no apologies, no threats beyond the law (U1–U4, N1, N6).
 * D4: every letter carries the invoices, the total to the stotinka/cent, the payment details and the deadline.
 */
import type { TemplateSet } from '../types.ts';

const GREETING = `{{#if contact}}Добър ден, {{contact.name}},{{else}}Добър ден,{{/if}}`;

// The addressee block of a letter (L3, L4, L6, acts), with our outgoing number (P13).
const LETTERHEAD = `Изх. № {{reference}} от {{date date}}
До: {{customer.legalName}}{{#if customer.taxIds}}, {{taxIds customer.taxIds}}{{/if}}{{#if customer.address}}, {{customer.address}}{{/if}}
{{#if contact}}
На вниманието на: {{contact.name}}{{#if contact.role}}, {{contact.role}}{{/if}}
{{/if}}
От: {{company.legalName}}{{#if company.taxIds}}, {{taxIds company.taxIds}}{{/if}}{{#if company.address}}, {{company.address}}{{/if}}`;

const CONTRACT = `{{#if contract}} по договор № {{contract.number}} от {{date contract.date}}{{/if}}`;

// D4/S1: every invoice with its number, dates, amount, payment, balance and days overdue.
const INVOICES = `{{#each invoices}}
- фактура № {{number}} от {{date issueDate}}, падеж {{date dueDate}}: сума {{money amount currency}}, платено {{money paid currency}}, остатък {{money balance currency}}{{#if daysOverdue}}, забава {{plural daysOverdue "day"}}{{/if}}{{#if @last}}.{{else}};{{/if}}
{{/each}}`;

const TOTAL = `Общо за плащане: {{money total}} ({{plural invoices.length "invoice"}}).`;

// D4: the payee's full details.
const PAYMENT = `Данни за плащане:
Получател: {{company.legalName}}{{#if company.taxIds}}, {{taxIds company.taxIds}}{{/if}}
Банка: {{company.bank.bankName}}
{{#if company.bank.account}}
Сметка: {{company.bank.account}}
{{/if}}
{{#if company.bank.iban}}
IBAN: {{company.bank.iban}}
{{/if}}
{{#if company.bank.bic}}
{{#if company.bank.iban}}BIC{{else}}БИК{{/if}}: {{company.bank.bic}}
{{/if}}
{{#if company.bank.correspondentAccount}}
Кореспондентска сметка: {{company.bank.correspondentAccount}}
{{/if}}
Основание за плащане: {{paymentPurpose}}`;

const SIGNATURE = `С уважение,
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

export const bgTemplates: TemplateSet = {
  // L1/P4: before the due date, friendly and exact.
  'pre-due-reminder': {
    subject: 'Напомняне за предстоящ падеж: {{money total}}, изх. № {{reference}}',
    body: `${GREETING}

Напомняме, че наближава срокът за плащане${CONTRACT}. За плащане:

${INVOICES}

${TOTAL}

Моля да платите {{money total}} в посочените срокове{{#if deadline}}, не по-късно от {{date deadline}}{{/if}}. Ако плащането вече е извършено, моля да ни изпратите копие от платежното нареждане.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L2: on the due date: remind of the obligation, payment by the end of the day.
  'due-date-reminder': {
    subject: 'Срокът за плащане изтича на {{date date}}: {{money total}}',
    body: `${GREETING}

Днес, {{date date}}, изтича срокът за плащане${CONTRACT} на следните фактури:

${INVOICES}

${TOTAL}

Плащането в срок е ваше задължение по договора. Моля да преведете {{money total}} {{#if deadline}}не по-късно от {{date deadline}}{{else}}днес до края на работния ден{{/if}} и да ни изпратите копие от платежното нареждане.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L3: not paid on time: pay by the deadline, or the contract's penalties apply.
  'demand-letter': {
    subject: 'Покана за плащане на просрочено задължение {{money total}}',
    body: `${LETTERHEAD}

${GREETING}

Към {{date date}} не са платени следните фактури${CONTRACT}:

${INVOICES}

Общо просрочено задължение: {{money total}} ({{plural invoices.length "invoice"}}).

Настояваме да платите задължението в размер на {{money total}} {{#if deadline}}в срок до {{date deadline}} включително{{else}}в срок от 5 работни дни от датата на това писмо{{/if}}. Ако плащането не постъпи в посочения срок, ще бъдат приложени санкциите, предвидени в договора{{#if contract.penalty}}: неустойка в размер на {{penalty contract.penalty}}{{/if}}.

Ако плащането вече е извършено, моля да ни изпратите копие от платежното нареждане.

${PAYMENT}

${SIGNATURE}
`,
  },

  // L4/L5: payment now, or an official letter (гаранционно писмо) with the payment date (N3).
  'official-letter-request': {
    subject: 'Плащане на задължение {{money total}} или гаранционно писмо',
    body: `${LETTERHEAD}

${GREETING}

Задължението${CONTRACT} не е погасено:

${INVOICES}

${TOTAL}

Моля {{#if deadline}}в срок до {{date deadline}}{{else}}до края на работния ден{{/if}} да платите {{money total}} или да ни изпратите гаранционно писмо на бланка на дружеството, подписано от управителя, в което са посочени сумата и конкретната дата на плащане.{{#if company.email}} Сканирано копие на писмото можете да изпратите на {{company.email}}, а оригинала — по пощата.{{/if}}

${PAYMENT}

${SIGNATURE}
`,
  },

  // L6: the claim (претенция): contract, amount, response deadline, legal basis, court if unpaid.
  'formal-claim': {
    subject: 'Претенция за плащане на задължение {{money total}}, изх. № {{reference}}',
    body: `ПРЕТЕНЦИЯ
за плащане на задължение

${LETTERHEAD}

{{#if contract}}
Между {{company.legalName}} и {{customer.legalName}} е сключен договор № {{contract.number}} от {{date contract.date}}.
{{/if}}
За плащане са издадени следните фактури, които не са платени в уговорения срок:

${INVOICES}

Размер на претенцията: {{money total}} ({{plural invoices.length "invoice"}}).

Съгласно чл. 79, ал. 1 ЗЗД, ако длъжникът не изпълни точно задължението си, кредиторът може да иска изпълнение заедно с обезщетение за забавата.{{#if contract.penalty}} Договорът предвижда неустойка в размер на {{penalty contract.penalty}}.{{/if}}

Претенцията се предявява на основание {{#if contract}}договора и {{/if}}закона.

Моля в срок до {{date deadline}} да платите задължението в размер на {{money total}} по посочената по-долу сметка и да отговорите на претенцията. Ако задължението не бъде платено в посочения срок, {{company.legalName}} ще предяви иск пред компетентния съд за събиране на задължението{{#if contract.penalty}}, неустойката{{/if}} и разноските по делото.

${PAYMENT}

${SIGNATURE}
`,
  },

  // S4: the agreed instalments, repeated back; the client confirms.
  'payment-plan-confirmation': {
    subject: 'Погасителен план за задължение {{money total}}',
    body: `${GREETING}

Потвърждаваме договореното погасяване на задължението${CONTRACT} по следния план:

{{#each instalments}}
{{@number}}. {{date date}} — {{money amount currency}}{{#if @last}}.{{else}};{{/if}}
{{/each}}

Задължението, за което се отнася планът:

${INVOICES}

${TOTAL}

Моля да извършвате плащанията на посочените дати и да потвърдите плана с писмо в отговор{{#if deadline}} до {{date deadline}}{{/if}}. Ако някое плащане не постъпи навреме, ще се свържем с вас на следващия работен ден.

${PAYMENT}

${SIGNATURE}
`,
  },

  // P13: "we have recorded that you will pay X on D".
  'promise-confirmation': {
    subject: 'Потвърждение на уговорката: плащане на {{money promise}} на {{date promise.date}}',
    body: `${GREETING}

Благодарим за разговора. Отбелязахме, че на {{date promise.date}} ще платите {{money promise}}.

Задължение към {{date date}}:

${INVOICES}

${TOTAL}

{{#if deadline}}
Ако плащането не постъпи до {{date deadline}}, ще се свържем с вас на следващия работен ден.
{{/if}}

${PAYMENT}

${SIGNATURE}
`,
  },

  // All open invoices and the balance (D4).
  'statement-of-account': {
    subject: 'Извлечение по сметка към {{date date}}: за плащане {{money total}}',
    body: `${LETTERHEAD}

${GREETING}

Изпращаме извлечение за разчетите ни${CONTRACT} към {{date date}}. Неплатени фактури:

${INVOICES}

${TOTAL}

{{#if deadline}}
Моля да погасите просроченото задължение до {{date deadline}}, а останалите фактури — в посочените срокове.
{{/if}}
Ако вашите данни се различават от нашите, моля да ни съобщите номерата на документите с разлики.

${PAYMENT}

${SIGNATURE}
`,
  },

  // S4/S5: the reconciliation act (акт за сверка): sign and return within 10 days.
  'reconciliation-act-cover': {
    subject: 'Акт за сверка на взаимните разчети към {{date date}}',
    body: `${LETTERHEAD}

${GREETING}

Изпращаме акт за сверка на взаимните разчети между {{company.legalName}} и {{customer.legalName}}${CONTRACT} към {{date date}}. Според нашите данни задължението е {{money total}}:

${INVOICES}

Моля в срок от 10 дни от получаването да подпишете акта и да ни върнете един екземпляр. Ако има разлики, посочете ги в акта и приложете документите, които ги потвърждават.

{{#if deadline}}
Моля да платите задължението в размер на {{money total}} до {{date deadline}}.
{{/if}}

${PAYMENT}

Приложение: акт за сверка на взаимните разчети.

${SIGNATURE}
`,
  },
};
