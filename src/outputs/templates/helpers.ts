/**
 * The helpers a template may call, with what each argument must be. The validator checks calls
 * against these signatures; the renderer runs them. Adding a helper means adding it here.
 *   {{money total}}  {{money balance currency}}  {{date deadline}}  {{number contract.penalty.rate}}
 *   {{plural invoices.length "invoice"}}  {{taxIds company.taxIds}}  {{penalty contract.penalty}}
 * Blocks: {{#each list-or-record}}, {{#if anything}}, {{#unless anything}}.
 */
import type { Language } from '../../domain/fields.ts';
import { formatCount, formatDate, formatMoney, formatNumber, formatPenalty, formatTaxIds, type Penalty } from './format.ts';
import { isPluralNoun, PLURAL_NOUNS } from './plurals.ts';
import { isObject, type FieldShape } from './schema.ts';

/** What an argument must name: a printable value, an object with given fields, a record, a "string". */
export type ArgKind = 'value' | 'money' | 'penalty' | 'record' | 'string';

export type HelperName = 'money' | 'date' | 'number' | 'plural' | 'taxIds' | 'penalty';
export type BlockName = 'each' | 'if' | 'unless';

type Helper = {
  signatures: readonly (readonly ArgKind[])[];
  usage: string;
  run: (args: readonly unknown[], language: Language) => string;
};

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const absent = (args: readonly unknown[]) => args.some((a) => a === undefined || a === null || a === '');

export const HELPERS: Record<HelperName, Helper> = {
  money: {
    signatures: [['money'], ['value', 'value']],
    usage: '{{money total}} or {{money balance currency}}',
    run: (args, language) => {
      if (absent(args)) return '';
      const [a, b] = args;
      if (args.length === 1) {
        const m = a as { amount: string; currency: string };
        return formatMoney(m.amount, m.currency, language);
      }
      return formatMoney(text(a), text(b), language);
    },
  },
  date: {
    signatures: [['value']],
    usage: '{{date deadline}}',
    run: (args, language) => (absent(args) ? '' : formatDate(text(args[0]), language)),
  },
  number: {
    signatures: [['value']],
    usage: '{{number contract.penalty.rate}}',
    run: (args, language) => (absent(args) ? '' : formatNumber(text(args[0]), language)),
  },
  plural: {
    signatures: [['value', 'string']],
    usage: `{{plural invoices.length "invoice"}} with one of ${PLURAL_NOUNS.map((n) => `"${n}"`).join(', ')}`,
    run: (args, language) => {
      const [count, noun] = args;
      if (absent(args) || typeof noun !== 'string' || !isPluralNoun(noun)) return '';
      return formatCount(Number(count), noun, language);
    },
  },
  taxIds: {
    signatures: [['record']],
    usage: '{{taxIds company.taxIds}}',
    run: (args, language) => (absent(args) ? '' : formatTaxIds(args[0] as Record<string, string>, language)),
  },
  penalty: {
    signatures: [['penalty']],
    usage: '{{penalty contract.penalty}}',
    run: (args, language) => (absent(args) ? '' : formatPenalty(args[0] as Penalty, language)),
  },
};

export const BLOCKS: Record<BlockName, { usage: string }> = {
  each: { usage: '{{#each invoices}}…{{/each}}' },
  if: { usage: '{{#if deadline}}…{{else}}…{{/if}}' },
  unless: { usage: '{{#unless @last}}, {{/unless}}' },
};

export function isHelperName(name: string): name is HelperName {
  return Object.hasOwn(HELPERS, name);
}

export function isBlockName(name: string): name is BlockName {
  return Object.hasOwn(BLOCKS, name);
}

const hasFields = (shape: FieldShape, fields: readonly string[]) => isObject(shape) && fields.every((f) => Object.hasOwn(shape, f));

/** Does a field of this shape fit an argument of this kind? */
export function fits(kind: ArgKind, shape: FieldShape): boolean {
  switch (kind) {
    case 'value': return shape === 'value';
    case 'record': return shape === 'record';
    case 'money': return hasFields(shape, ['amount', 'currency']);
    case 'penalty': return hasFields(shape, ['kind', 'rate']);
    case 'string': return false;
  }
}

/** Is the value true for {{#if}}: absent, empty, zero, false and empty lists are not. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value !== null && typeof value === 'object') return Object.keys(value).length > 0;
  return value !== undefined && value !== null && value !== '' && value !== 0 && value !== false;
}
