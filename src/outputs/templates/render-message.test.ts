import { describe, expect, it } from 'vitest';
import { checkConduct, isBlocked } from '../../domain/conduct/index.ts';
import type { Language } from '../../domain/fields.ts';
import type { LetterViewModel, MessageKind } from '../view-model.ts';
import { buildBulgarianViewModel, buildRussianViewModel } from './fixtures.ts';
import { paragraphsToHtml, renderMessage } from './render-message.ts';
import { MESSAGE_KINDS, TEMPLATE_LANGUAGES } from './types.ts';

type Fixture = {
  name: string;
  build: (kind: MessageKind, language: Language) => LetterViewModel;
  total: Record<Language, string>; // the total exactly as the customer must see it
  deadline: Record<Language, string>;
  bank: string[];
};

const FIXTURES: Fixture[] = [
  {
    name: 'Russian supplier, RUB, Russian requisites',
    build: buildRussianViewModel,
    total: { ru: '1 234 300,39 руб.', uk: '1 234 300,39 руб.', bg: '1 234 300,39 руб.', en: 'RUB 1,234,300.39' },
    deadline: { ru: '12.11.2025', uk: '12.11.2025', bg: '12.11.2025', en: '12 November 2025' },
    bank: ['ПАО Сбербанк', '40702810938000012345', '044525225', '30101810400000000225', '7701234567', '770101001'],
  },
  {
    name: 'Bulgarian supplier, EUR, IBAN/BIC',
    build: buildBulgarianViewModel,
    total: { ru: '2 950,05 €', uk: '2 950,05 €', bg: '2 950,05 евро', en: '€2,950.05' },
    deadline: { ru: '20.11.2025', uk: '20.11.2025', bg: '20.11.2025', en: '20 November 2025' },
    bank: ['УниКредит Булбанк АД', 'BG80BNBG96611020345678', 'UNCRBGSF', '201234567', 'BG201234567'],
  },
];

describe('renderMessage: every kind in every language carries everything needed to pay (D4)', () => {
  for (const fx of FIXTURES) {
    for (const language of TEMPLATE_LANGUAGES) {
      for (const kind of MESSAGE_KINDS) {
        it(`${fx.name}: ${kind} in ${language}`, () => {
          const vm = fx.build(kind, language);
          const { subject, text, html } = renderMessage(vm);
          for (const inv of vm.invoices) {
            expect(text).toContain(inv.number);
            expect(html).toContain(inv.number);
          }
          expect(text).toContain(fx.total[language]);
          expect(html).toContain(fx.total[language].replaceAll('"', '&quot;'));
          for (const detail of fx.bank) expect(text).toContain(detail);
          expect(text).toContain(vm.paymentPurpose);
          expect(text).toContain(fx.deadline[language]);
          expect(subject).not.toBe('');
          expect(`${subject}\n${text}`).not.toMatch(/\{\{|\}\}|undefined|NaN|\.\.(?!\.)|\n{3}/u);
        });

        it(`${fx.name}: ${kind} in ${language} passes the conduct check (U1–U4, N1, N6)`, () => {
          const { subject, text } = renderMessage(fx.build(kind, language));
          const findings = checkConduct(`${subject}\n\n${text}`, language);
          expect(findings.filter((f) => f.severity === 'block')).toEqual([]);
          expect(isBlocked(findings)).toBe(false);
        });
      }
    }
  }
});

describe('renderMessage: what each kind says', () => {
  const ru = (kind: MessageKind, language: Language = 'ru') => renderMessage(buildRussianViewModel(kind, language)).text;
  const bg = (kind: MessageKind, language: Language = 'bg') => renderMessage(buildBulgarianViewModel(kind, language)).text;

  it('L3 demand letter: pay by the deadline or the contract penalties apply', () => {
    expect(ru('demand-letter')).toMatch(/в срок до 12\.11\.2025 включительно[^]*санкции, предусмотренные договором: неустойка в размере 0,1 %/u);
    expect(ru('demand-letter', 'uk')).toMatch(/до 12\.11\.2025 включно[^]*санкції, передбачені договором/u);
    expect(bg('demand-letter')).toMatch(/до 20\.11\.2025 включително[^]*санкциите, предвидени в договора: неустойка в размер на 10 % годишно/u);
    expect(ru('demand-letter', 'en')).toMatch(/by 12 November 2025 inclusive[^]*sanctions provided for in the contract/u);
  });

  it('L4/L5: asks for the official letter with the payment date, by its name in each language', () => {
    expect(ru('official-letter-request')).toMatch(/гарантийное письмо[^]*конкретной даты оплаты/u);
    expect(ru('official-letter-request', 'uk')).toMatch(/гарантійний лист[^]*конкретної дати оплати/u);
    expect(bg('official-letter-request')).toMatch(/гаранционно писмо[^]*конкретната дата на плащане/u);
    expect(ru('official-letter-request', 'en')).toMatch(/official letter[^]*exact date of payment/u);
  });

  it('L6 claim: contract, amount, legal basis, response deadline, court', () => {
    const claimRu = ru('formal-claim');
    for (const part of ['ПРЕТЕНЗИЯ', 'договор № П-17/2025 от 15.01.2025', 'Сумма претензии: 1 234 300,39 руб.', 'ст. 309, 310 ГК РФ', 'ч. 5 ст. 4 АПК РФ', 'до 12.11.2025', 'арбитражный суд']) {
      expect(claimRu).toContain(part);
    }
    const claimUk = ru('formal-claim', 'uk');
    for (const part of ['ПРЕТЕНЗІЯ', 'ст. 526 ЦК України', 'ст. 530 ЦК України', 'господарського суду', 'досудового врегулювання']) expect(claimUk).toContain(part);
    const claimBg = bg('formal-claim');
    for (const part of ['ПРЕТЕНЦИЯ', 'чл. 79, ал. 1 ЗЗД', 'договор № 12/2025 от 03.02.2025', 'Размер на претенцията: 2 950,05 евро', 'съд']) expect(claimBg).toContain(part);
    const claimEn = bg('formal-claim', 'en');
    for (const part of ['Formal claim', 'under the contract and the applicable law', 'Amount claimed: €2,950.05', 'by 20 November 2025', 'competent court']) {
      expect(claimEn).toContain(part);
    }
  });

  it('P13 promise: "we have recorded that you will pay X on D"', () => {
    expect(ru('promise-confirmation')).toContain('Мы зафиксировали, что 10.11.2025 вы оплатите 113 599,50 руб.');
    expect(ru('promise-confirmation', 'uk')).toContain('Ми зафіксували, що 10.11.2025 ви сплатите 113 599,50 руб.');
    expect(bg('promise-confirmation')).toContain('Отбелязахме, че на 14.11.2025 ще платите 2 950,05 евро.');
    expect(ru('promise-confirmation', 'en')).toContain('We have recorded that you will pay RUB 113,599.50 on 10 November 2025.');
  });

  it('S4 payment plan: lists every instalment', () => {
    expect(ru('payment-plan-confirmation')).toContain(
      '1. 15.11.2025 — 500 000,00 руб.;\n2. 15.12.2025 — 500 000,00 руб.;\n3. 15.01.2026 — 234 300,39 руб.\n',
    );
    expect(bg('payment-plan-confirmation', 'en')).toContain('1. 14 November 2025: €1,500.00;\n2. 12 December 2025: €1,450.05.\n');
  });

  it('statement of account: every open invoice with balance and days overdue', () => {
    const text = ru('statement-of-account');
    expect(text).toContain('- счёт № 16 от 20.09.2025, срок оплаты 04.10.2025: сумма 125 000,00 руб., оплачено 60 000,50 руб., остаток 64 999,50 руб., просрочка 32 дня;');
    expect(text).toContain('просрочка 51 день;');
    expect(text).toContain('Итого к оплате: 1 234 300,39 руб. (3 счёта).');
    expect(bg('statement-of-account')).toContain('Общо за плащане: 2 950,05 евро (2 фактури).');
  });

  it('reconciliation act cover: sign and return within 10 days', () => {
    expect(ru('reconciliation-act-cover')).toMatch(/в течение 10 дней с даты получения подписать акт и вернуть нам один экземпляр/u);
    expect(ru('reconciliation-act-cover', 'uk')).toMatch(/протягом 10 днів[^.]*підписати акт і повернути/u);
    expect(bg('reconciliation-act-cover')).toMatch(/в срок от 10 дни[^.]*да подпишете акта и да ни върнете/u);
    expect(bg('reconciliation-act-cover', 'en')).toMatch(/sign the statement and return one copy to us within 10 days/u);
  });

  it('a not-yet-due invoice shows no days overdue', () => {
    const vm = buildRussianViewModel('pre-due-reminder', 'ru', {
      invoices: [{ number: '30', issueDate: '2025-11-01', dueDate: '2025-11-15', amount: '100.00', paid: '0.00', balance: '100.00', currency: 'RUB', daysOverdue: 0 }],
      total: { amount: '100.00', currency: 'RUB' },
    });
    const { text } = renderMessage(vm);
    // The line ends in "руб." followed by the sentence's period: one period only.
    expect(text).toContain('- счёт № 30 от 01.11.2025, срок оплаты 15.11.2025: сумма 100,00 руб., оплачено 0,00 руб., остаток 100,00 руб.\n');
    expect(text).not.toContain('просрочка');
    expect(text).toContain('(1 счёт)');
  });
});

describe('renderMessage: HTML', () => {
  const name = '<b>"A&B"</b>';
  const vm = buildRussianViewModel('demand-letter', 'ru', { customer: { legalName: name, taxIds: { INN: '2301234567' }, country: 'RU' } });

  it('escapes a customer name in the html and keeps it as it is in the text', () => {
    const { text, html } = renderMessage(vm);
    expect(text).toContain(`Кому: ${name}, ИНН 2301234567`);
    expect(html).toContain('Кому: &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;, ИНН 2301234567');
    expect(html).not.toContain(name);
    expect(html).not.toContain('<b>');
  });

  it('escapes the subject too', () => {
    const overrides = { 'demand-letter': { subject: 'Для {{customer.legalName}}', body: 'Долг {{money total}} до {{date deadline}}.' } };
    const { subject, html } = renderMessage(vm, overrides);
    expect(subject).toBe(`Для ${name}`);
    expect(html).toContain('<title>Для &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</title>');
  });

  it('is a whole document with the language, paragraphs and the invoice list', () => {
    const { html } = renderMessage(buildRussianViewModel('statement-of-account'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/u);
    expect(html).toContain('<ul>\n<li>счёт № 15 от 01.09.2025');
    expect(html).toContain('<p>Реквизиты для оплаты:<br>\nПолучатель: ООО «Вектор»');
  });

  it('paragraphsToHtml: blank lines make paragraphs, "- " lines a list, other lines <br>', () => {
    expect(paragraphsToHtml('One\ntwo\n\n- a\n- b\nafter')).toBe('<p>One<br>\ntwo</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>after</p>');
  });
});

describe('renderMessage: picks the template by kind and language, overrides by kind', () => {
  it('uses the language of the view-model', () => {
    expect(renderMessage(buildRussianViewModel('demand-letter', 'ru')).subject).toBe('Требование об оплате просроченной задолженности 1 234 300,39 руб.');
    expect(renderMessage(buildRussianViewModel('demand-letter', 'uk')).subject).toBe('Вимога про сплату простроченої заборгованості 1 234 300,39 руб.');
    expect(renderMessage(buildBulgarianViewModel('demand-letter', 'bg')).subject).toBe('Покана за плащане на просрочено задължение 2 950,05 евро');
    expect(renderMessage(buildBulgarianViewModel('demand-letter', 'en')).subject).toBe('Demand for payment of the overdue balance of €2,950.05');
  });

  it('an override replaces only its own kind', () => {
    const overrides = { 'demand-letter': { subject: 'Счёт {{reference}}', body: 'Оплатите {{money total}} до {{date deadline}}.' } };
    const demand = renderMessage(buildRussianViewModel('demand-letter'), overrides);
    expect(demand).toMatchObject({ subject: 'Счёт DBT-2025-000123', text: 'Оплатите 1 234 300,39 руб. до 12.11.2025.\n' });
    expect(renderMessage(buildRussianViewModel('formal-claim'), overrides).text).toContain('ПРЕТЕНЗИЯ');
  });

  it('refuses an override that does not validate', () => {
    const overrides = { 'demand-letter': { subject: 'x', body: '{{customer.nmae}}' } };
    expect(() => renderMessage(buildRussianViewModel('demand-letter'), overrides)).toThrow(/customer\.nmae/u);
  });
});
