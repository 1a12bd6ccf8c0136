import { describe, expect, it } from 'vitest';
import { buildBulgarianViewModel, buildRussianViewModel } from './fixtures.ts';
import { escapeHtml, render, TemplateInvalidError } from './render.ts';

const vm = buildRussianViewModel('demand-letter');

describe('render: fields and helpers', () => {
  it('fills fields and formats money, dates and counts for the language', () => {
    const source = '{{customer.legalName}}: {{money total}} до {{date deadline}}, {{plural invoices.length "invoice"}}';
    expect(render(source, vm, 'text')).toBe('ООО «Южный Порт»: 1 234 300,39 руб. до 12.11.2025, 3 счёта');
    const en = buildRussianViewModel('demand-letter', 'en');
    expect(render(source, en, 'text')).toBe('ООО «Южный Порт»: RUB 1,234,300.39 до 12 November 2025, 3 invoices');
  });

  it('renders a bare date field raw; formatting is the date helper’s job', () => {
    expect(render('{{date}} / {{date date}}', vm, 'text')).toBe('2025-11-05 / 05.11.2025');
  });

  it('iterates a list with the item’s fields, the outer fields and the loop variables', () => {
    const source = '{{#each invoices}}{{@number}}. {{number}} {{money balance currency}} ({{customer.legalName}}){{#unless @last}}; {{/unless}}{{/each}}';
    expect(render(source, vm, 'text')).toBe(
      '1. 15 48 600,00 руб. (ООО «Южный Порт»); 2. 16 64 999,50 руб. (ООО «Южный Порт»); 3. 21 1 120 700,89 руб. (ООО «Южный Порт»)',
    );
  });

  it('iterates a record with @key and this', () => {
    expect(render('{{#each company.taxIds}}{{@key}}={{this}} {{/each}}', vm, 'text')).toBe('INN=7701234567 KPP=770101001 OGRN=1027700123456 ');
  });

  it('takes the else branch for an absent field, an empty list and zero', () => {
    const bg = buildBulgarianViewModel('demand-letter');
    expect(render('{{#if contact}}{{contact.name}}{{else}}none{{/if}}', bg, 'text')).toBe('none');
    expect(render('{{#each invoices}}x{{else}}empty{{/each}}', { ...vm, invoices: [] }, 'text')).toBe('empty');
    const notDue = { ...vm, invoices: [{ ...vm.invoices[0]!, daysOverdue: 0 }] };
    expect(render('{{#each invoices}}{{#if daysOverdue}}late{{else}}not due{{/if}}{{/each}}', notDue, 'text')).toBe('not due');
    expect(render('[{{contact.role}}]', bg, 'text')).toBe('[]');
  });

  it('removes the whole line of a block tag standing alone on it', () => {
    const source = 'A\n  {{#if deadline}}\nB {{date deadline}}\n  {{/if}}\n{{! a comment line }}\nC\n';
    expect(render(source, vm, 'text')).toBe('A\nB 12.11.2025\nC\n');
    expect(render(source, { ...vm, deadline: undefined }, 'text')).toBe('A\nC\n');
  });

  it('does not end a sentence in two periods after "руб."', () => {
    expect(render('Итого: {{money total}}.', vm, 'text')).toBe('Итого: 1 234 300,39 руб.');
    expect(render('Total: {{money total}}.', buildBulgarianViewModel('demand-letter', 'en'), 'text')).toBe('Total: €2,950.05.');
  });
});

describe('render: HTML escapes every value, text does not', () => {
  const name = '<b>"A&B"</b>';
  const hostile = buildRussianViewModel('demand-letter', 'ru', {
    customer: { legalName: name, taxIds: { INN: '<i>1</i>' }, country: 'RU' },
  });

  it('escapes field values, helper output and the template text in html mode', () => {
    const html = render('<p>{{customer.legalName}} {{taxIds customer.taxIds}}</p>', hostile, 'html');
    expect(html).toBe('&lt;p&gt;&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; ИНН &lt;i&gt;1&lt;/i&gt;&lt;/p&gt;');
    expect(html).not.toContain('<b>');
  });

  it('leaves text mode untouched', () => {
    expect(render('{{customer.legalName}}', hostile, 'text')).toBe(name);
  });

  it('escapeHtml covers & < > " \'', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('render refuses an invalid template', () => {
  it('throws TemplateInvalidError with every problem', () => {
    try {
      render('{{customer.nmae}} {{shout total}}', vm, 'text');
      expect.unreachable('render should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateInvalidError);
      expect((e as TemplateInvalidError).errors.map((x) => x.field)).toEqual(['customer.nmae', 'shout']);
    }
  });
});
