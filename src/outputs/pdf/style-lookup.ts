/**
 * pdfmake resolves some twenty style properties for every word it measures (font, bold, colour,
 * decoration, link, ...) through `StyleContextStack.getStyleProperty`, which pushes the word onto the
 * style stack, builds a closure and a `Set` for every named style it passes and pops the word again: a
 * fifth of a claim's CPU time for ~10,000 look-ups that find nothing in most levels. This seam answers
 * the same question with the same precedence (the item's own value, its named styles from the last one
 * down, the stack from the top, the default style) without touching the stack. While pdfmake breaks
 * and measures one text (`TextInlines.buildInlines`) its stack does not change, so what the stack says
 * about each property is looked up once for all the words of that text; and what the levels below the
 * text node's own say (the table, the columns, the document around a cell) is kept for the next text
 * with the very same levels below it, until pdfmake starts measuring another document or block. A named
 * style that `extends` another is left to pdfmake's own look-up, which follows the chain.
 */
import { pdfmakeClass, seam } from './seam.ts';

type Style = Record<string, unknown> & { extends?: unknown };
type Item = Record<string, unknown> & { style?: unknown; section?: unknown };
export type StyleStack = {
  styleDictionary: Record<string, Style | undefined>;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: unknown[];
  getProperty(property: string): unknown;
};
export type StyleContextStackClass = {
  prototype: StyleStack;
  getStyleProperty(item: unknown, stack: StyleStack | null | undefined, property: string, fallback: unknown): unknown;
};

/** Marks a look-up the fast path cannot answer (a style with `extends`); pdfmake's own code answers it. */
const CHAIN = Symbol('extends');

const isValue = (v: unknown) => v !== undefined && v !== null;
/** pdfmake's own test: a style name may be a String object too. */
const isString = (v: unknown): boolean => typeof v === 'string' || v instanceof String;

type TextInlines = { buildInlines(this: TextInlines, text: unknown, stack: StyleStack): unknown };
type DocMeasure = { measureDocument(this: DocMeasure, node: unknown): unknown; measureBlock(this: DocMeasure, node: unknown): unknown };

/** The class whose look-ups are replaced, and pdfmake's own look-ups, for the test that compares both. */
export const styleContextStack = pdfmakeClass<StyleContextStackClass>('StyleContextStack');
export const pdfmakeLookups = { getStyleProperty: styleContextStack.getStyleProperty, getProperty: styleContextStack.prototype.getProperty };

/** The text being broken and measured: its stack, where the text node's own levels start, the answers so far. */
let measuring: { stack: StyleStack; own: number; values: Map<string, unknown> } | null = null;
/** The levels below the last text node's own (by identity), and what they say about each property asked. */
let below: { stack: StyleStack; levels: unknown[]; values: Map<string, unknown> } | null = null;

const switches = [
  seam(styleContextStack, 'getStyleProperty', (original) =>
    function getStyleProperty(this: StyleContextStackClass, item: unknown, stack: StyleStack | null | undefined, property: string, fallback: unknown) {
      const own = (item as Item)[property];
      if (isValue(own)) return own;
      if (!stack) return fallback;
      let value = fromItemStyles(stack, item, property);
      if (value === undefined) value = measuring?.stack === stack ? fromMeasuredStack(measuring, property) : fromStack(stack, property);
      if (value === CHAIN) return original.call(this, item, stack, property, fallback);
      return isValue(value) ? value : fallback;
    }),
  seam(styleContextStack.prototype, 'getProperty', (original) =>
    function getProperty(this: StyleStack, property: string) {
      const value = fromStack(this, property);
      return value === CHAIN ? original.call(this, property) : value;
    }),
  seam(pdfmakeClass<{ prototype: TextInlines }>('TextInlines').prototype, 'buildInlines', (buildInlines) =>
    function buildInlinesOnOneStack(this: TextInlines, text: unknown, stack: StyleStack) {
      const outer = measuring;
      const own = ownLevels(stack.styleOverrides);
      measuring = { stack, own, values: new Map() };
      if (!below || !sameLevelsBelow(below, stack, own)) below = { stack, levels: stack.styleOverrides.slice(0, own), values: new Map() };
      try {
        return buildInlines.call(this, text, stack);
      } finally {
        measuring = outer;
      }
    }),
  // Each measuring pass starts afresh (between passes the caller may change the nodes' styles) and lets
  // go of the document's nodes when it ends.
  ...(['measureDocument', 'measureBlock'] as const).map((method) =>
    seam(pdfmakeClass<{ prototype: DocMeasure }>('DocMeasure').prototype, method, (measure) =>
      function measureAfresh(this: DocMeasure, node: unknown) {
        below = null;
        try {
          return measure.call(this, node);
        } finally {
          below = null;
        }
      })),
];

/** Makes pdfmake's style look-ups cheaper, or (`on` false, for tests) leaves them to pdfmake again. */
export function fastStyleLookups(on = true): void {
  for (const turn of switches) turn(on);
}

function fromMeasuredStack(text: NonNullable<typeof measuring>, property: string): unknown {
  const { stack, own, values } = text;
  if (values.has(property)) return values.get(property);
  let value = fromLevels(stack, stack.styleOverrides.length, own, property);
  if (value === undefined) value = below?.stack === stack ? fromLevelsBelow(below, own, property) : fromStack(stack, property);
  values.set(property, value);
  return value;
}

/** Where a text node's own levels start: the node itself on top, pushed with its style names, maybe twice. */
function ownLevels(levels: unknown[]): number {
  const top = levels.at(-1);
  let k = levels.length;
  if (!top || isString(top)) return k;
  while (k > 0 && (levels[k - 1] === top || isString(levels[k - 1]))) k--;
  return k;
}

function sameLevelsBelow(memo: NonNullable<typeof below>, stack: StyleStack, own: number): boolean {
  const { levels } = memo;
  if (levels.length !== own || memo.stack.styleDictionary !== stack.styleDictionary || memo.stack.defaultStyle !== stack.defaultStyle) return false;
  for (let i = 0; i < own; i++) if (levels[i] !== stack.styleOverrides[i]) return false;
  memo.stack = stack;
  return true;
}

function fromLevelsBelow(memo: NonNullable<typeof below>, own: number, property: string): unknown {
  if (memo.values.has(property)) return memo.values.get(property);
  const value = fromLevels(memo.stack, own, 0, property) ?? fromDefaults(memo.stack, property);
  memo.values.set(property, value);
  return value;
}

/** What pdfmake's `autopush` would have put on top of the stack: the item's named styles, last one first. */
function fromItemStyles(stack: StyleStack, item: unknown, property: string): unknown {
  if (isString(item) || (item as Item).section !== undefined) return undefined;
  const style = (item as Item).style;
  if (!style) return undefined;
  if (!Array.isArray(style)) return entry(stack, style, property);
  for (let i = style.length - 1; i >= 0; i--) {
    const value = entry(stack, style[i], property);
    if (value !== undefined) return value;
  }
  return undefined;
}

function fromStack(stack: StyleStack, property: string): unknown {
  const value = fromLevels(stack, stack.styleOverrides.length, 0, property);
  return value !== undefined ? value : fromDefaults(stack, property);
}

/** The first answer among levels `from − 1` down to `to`; undefined when none of them has one. */
function fromLevels(stack: StyleStack, from: number, to: number, property: string): unknown {
  const overrides = stack.styleOverrides;
  for (let i = from - 1; i >= to; i--) {
    const value = entry(stack, overrides[i], property);
    if (value !== undefined) return value;
  }
  return undefined;
}

function fromDefaults(stack: StyleStack, property: string): unknown {
  const defaults = stack.defaultStyle;
  return defaults && defaults[property];
}

/** One level of the stack: a style name, or an object whose own properties override. */
function entry(stack: StyleStack, level: unknown, property: string): unknown {
  if (isString(level)) return named(stack, level, property);
  const value = (level as Item)[property];
  return isValue(value) ? value : undefined;
}

/** A named style's own value; CHAIN when it extends another style. */
function named(stack: StyleStack, name: unknown, property: string): unknown {
  const style = stack.styleDictionary[name as string];
  if (!style) return undefined;
  const value = style[property];
  if (isValue(value)) return value;
  return style.extends ? CHAIN : undefined;
}
