import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './defaults/index.ts';
import { MESSAGE_KINDS, TEMPLATE_LANGUAGES, type TemplateError } from './types.ts';
import { validateTemplate } from './validate.ts';

function errorsOf(source: string): TemplateError[] {
  const result = validateTemplate(source);
  if (result.ok) throw new Error(`expected errors for ${source}`);
  return result.errors;
}

describe('validateTemplate: what an admin may save', () => {
  it('accepts a valid template with fields, helpers and blocks', () => {
    const source = `{{#if contact}}Dear {{contact.name}},{{else}}Dear Sir or Madam,{{/if}}
{{#each invoices}}
- {{number}} {{date dueDate}} {{money balance currency}}{{#if daysOverdue}} ({{plural daysOverdue "day"}}){{/if}}
{{/each}}
Total {{money total}} by {{date deadline}}; {{taxIds company.taxIds}}; {{company.taxIds.INN}}
{{#each instalments}}{{@number}}. {{date date}} {{money this}} {{@root.date}}{{/each}}
{{#if contract.penalty}}{{penalty contract.penalty}} {{number contract.penalty.rate}}{{/if}}`;
    expect(validateTemplate(source)).toEqual({ ok: true });
  });

  it('rejects an unknown field, naming it', () => {
    expect(errorsOf('Hello {{customer.nmae}}')).toEqual([{ field: 'customer.nmae', reason: expect.stringMatching(/line 1: unknown field "nmae" in customer/u) }]);
    expect(errorsOf('{{debtor}}')[0]).toMatchObject({ field: 'debtor', reason: expect.stringMatching(/unknown field/u) });
  });

  it('checks fields inside an each block against the item and the letter', () => {
    expect(validateTemplate('{{#each invoices}}{{number}} {{customer.legalName}}{{/each}}')).toEqual({ ok: true });
    expect(errorsOf('{{#each invoices}}\n{{numbr}}\n{{/each}}')).toEqual([
      { field: 'numbr', reason: expect.stringMatching(/line 2: unknown field "numbr"/u) },
    ]);
    // An item field outside its loop is unknown.
    expect(errorsOf('{{balance}}')[0]?.field).toBe('balance');
    expect(errorsOf('{{@index}}')[0]?.reason).toMatch(/only defined inside/u);
  });

  it('rejects an unknown helper, an unknown block and wrong arguments', () => {
    expect(errorsOf('{{shout total}}')).toEqual([{ field: 'shout', reason: expect.stringMatching(/unknown helper "shout"/u) }]);
    expect(errorsOf('{{#with customer}}x{{/with}}')[0]).toMatchObject({ field: '#with', reason: expect.stringMatching(/unknown block/u) });
    expect(errorsOf('{{money customer}}')[0]).toMatchObject({ field: 'money', reason: expect.stringMatching(/wrong arguments/u) });
    expect(errorsOf('{{plural invoices.length "cow"}}')[0]).toMatchObject({ field: 'plural', reason: expect.stringMatching(/unknown plural noun "cow"/u) });
    expect(errorsOf('{{#each total}}x{{/each}}')[0]).toMatchObject({ field: 'total', reason: expect.stringMatching(/needs a list/u) });
  });

  it('rejects a placeholder that names an object or a list instead of a value', () => {
    expect(errorsOf('{{customer}}')[0]?.reason).toMatch(/an object with legalName/u);
    expect(errorsOf('{{invoices}}')[0]?.reason).toMatch(/a list/u);
  });

  it('rejects unbalanced blocks', () => {
    expect(errorsOf('{{#each invoices}}{{number}}')).toEqual([
      { field: '{{#each}}', reason: 'line 1: {{#each}} is never closed with {{/each}}' },
    ]);
    expect(errorsOf('text {{/if}}')[0]).toMatchObject({ field: '{{/if}}', reason: expect.stringMatching(/never opened/u) });
    expect(errorsOf('{{#if deadline}}\n{{#each invoices}}\n{{/if}}\n{{/each}}')[0]).toMatchObject({
      field: '{{/if}}',
      reason: expect.stringMatching(/line 3: \{\{\/if\}\} closes \{\{#each\}\} opened on line 2/u),
    });
    expect(errorsOf('{{else}}')[0]?.reason).toMatch(/outside a block/u);
    expect(errorsOf('Total {{money total')[0]?.reason).toMatch(/never closed/u);
  });

  it('accepts every default template, subject and body, in every language', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      for (const kind of MESSAGE_KINDS) {
        const { subject, body } = DEFAULT_TEMPLATES[language][kind];
        expect(validateTemplate(subject), `${language} ${kind} subject`).toEqual({ ok: true });
        expect(validateTemplate(body), `${language} ${kind} body`).toEqual({ ok: true });
      }
    }
  });
});
