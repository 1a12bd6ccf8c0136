/**
 * The fields a template may name: the shape of LetterViewModel, checked against the type by the
 * compiler (a field added to or removed from the view-model breaks the build here, not a letter).
 * The validator and the renderer resolve placeholder paths through the same shape, so a template
 * that validates renders the same fields.
 */
import type { LetterViewModel } from '../view-model.ts';

/** A field: a printable value, a record of strings (tax ids), a list of objects, or an object. */
export type FieldShape = 'value' | 'record' | readonly ['list', ObjectShape] | ObjectShape;
export type ObjectShape = { readonly [field: string]: FieldShape };

type ShapeOf<T> = { readonly [K in keyof T]-?: FieldShapeOf<NonNullable<T[K]>> };
type FieldShapeOf<V> = [V] extends [string | number | boolean]
  ? 'value'
  : [V] extends [readonly (infer Item)[]]
    ? readonly ['list', ShapeOf<Item>]
    : string extends keyof V
      ? 'record'
      : ShapeOf<V>;

const party = { legalName: 'value', taxIds: 'record', country: 'value', address: 'value' } as const;
const money = { amount: 'value', currency: 'value' } as const;
const datedMoney = { date: 'value', ...money } as const;

export const VIEW_MODEL_SHAPE = {
  kind: 'value',
  language: 'value',
  date: 'value',
  reference: 'value',
  company: {
    ...party,
    bank: { bankName: 'value', iban: 'value', bic: 'value', account: 'value', correspondentAccount: 'value' },
    signatory: { name: 'value', title: 'value' },
    phone: 'value',
    email: 'value',
  },
  customer: party,
  contact: { name: 'value', role: 'value' },
  contract: { number: 'value', date: 'value', penalty: { kind: 'value', rate: 'value' } },
  invoices: [
    'list',
    {
      number: 'value', issueDate: 'value', dueDate: 'value',
      amount: 'value', paid: 'value', balance: 'value', currency: 'value', daysOverdue: 'value',
    },
  ],
  total: money,
  deadline: 'value',
  promise: datedMoney,
  instalments: ['list', datedMoney],
  paymentPurpose: 'value',
} as const satisfies ShapeOf<LetterViewModel>;

export const ROOT_SHAPE: ObjectShape = VIEW_MODEL_SHAPE;

export function isList(shape: FieldShape): shape is readonly ['list', ObjectShape] {
  return Array.isArray(shape);
}

export function isObject(shape: FieldShape): shape is ObjectShape {
  return typeof shape === 'object' && !Array.isArray(shape);
}

/** What a path names, from the shape: a list's `length` is a value, a record's key is a value. */
export type ShapeLookup = { ok: true; shape: FieldShape } | { ok: false; error: string };

export function shapeAt(shape: FieldShape, segments: readonly string[]): ShapeLookup {
  let current = shape;
  for (const [i, segment] of segments.entries()) {
    const soFar = segments.slice(0, i).join('.') || 'this';
    if (current === 'value') return { ok: false, error: `${soFar} is a single value and has no field "${segment}"` };
    if (current === 'record') {
      if (i !== segments.length - 1) return { ok: false, error: `${soFar}.${segment} is a single value` };
      return { ok: true, shape: 'value' };
    }
    if (isList(current)) {
      if (segment === 'length' && i === segments.length - 1) return { ok: true, shape: 'value' };
      return { ok: false, error: `${soFar} is a list: use {{#each ${soFar}}} or ${soFar}.length` };
    }
    const next: FieldShape | undefined = Object.hasOwn(current, segment) ? current[segment] : undefined;
    if (next === undefined) return { ok: false, error: `unknown field "${segment}" in ${soFar}` };
    current = next;
  }
  return { ok: true, shape: current };
}
