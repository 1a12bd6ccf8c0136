/**
 * How a placeholder path finds its field, shared by the validator and the renderer so that they can
 * never disagree. Inside `{{#each}}` a path is looked up in the item first and then outwards up to
 * the view-model itself (so `{{number}}` is the invoice's number and `{{customer.legalName}}` still
 * works); `this` is the item, `@root.x` the view-model's x, and the loop variables are
 * `@index` (0, 1, …), `@number` (1, 2, …), `@first`, `@last` and, over a record, `@key`.
 */
import { isList, isObject, shapeAt, type FieldShape } from './schema.ts';

export type LoopOver = 'list' | 'record';

/** What the validator knows of a scope: its shape and whether it is a loop. */
export type ShapeFrame = { shape: FieldShape; over: LoopOver | null };

/** What the renderer knows besides: the value and the loop's position. */
export type Frame = ShapeFrame & { value: unknown; index: number; key: string; count: number };

export type LoopVariable = '@index' | '@number' | '@first' | '@last' | '@key';
const LOOP_VARIABLES: readonly string[] = ['@index', '@number', '@first', '@last', '@key'];

export type Located =
  | { kind: 'loop'; name: LoopVariable; frame: number; shape: 'value' }
  | { kind: 'field'; frame: number; segments: string[]; shape: FieldShape };

export function locate(frames: readonly ShapeFrame[], path: string): Located | { error: string } {
  const [head = '', ...rest] = path.split('.');
  if (head === '@root') {
    if (rest.length === 0) return { error: 'name a field of @root, such as @root.customer.legalName' };
    return field(frames, 0, rest);
  }
  if (head.startsWith('@')) {
    if (!LOOP_VARIABLES.includes(head)) return { error: `unknown variable "${head}"` };
    if (rest.length > 0) return { error: `${head} is a single value` };
    const inner = innermostLoop(frames, head === '@key' ? 'record' : null);
    if (inner < 0) return { error: head === '@key' ? '@key is only defined inside {{#each}} over a record' : `${head} is only defined inside {{#each}}` };
    return { kind: 'loop', name: head as LoopVariable, frame: inner, shape: 'value' };
  }
  if (head === 'this') return field(frames, frames.length - 1, rest);
  for (let i = frames.length - 1; i >= 0; i -= 1) {
    const shape = frames[i]!.shape;
    if (isObject(shape) && Object.hasOwn(shape, head)) return field(frames, i, [head, ...rest]);
  }
  return { error: frames.length > 1 ? `unknown field "${head}" (neither in the {{#each}} item nor in the letter)` : `unknown field "${head}"` };
}

function innermostLoop(frames: readonly ShapeFrame[], over: LoopOver | null): number {
  for (let i = frames.length - 1; i >= 0; i -= 1) {
    const f = frames[i]!;
    if (f.over !== null && (over === null || f.over === over)) return i;
  }
  return -1;
}

function field(frames: readonly ShapeFrame[], frame: number, segments: string[]): Located | { error: string } {
  const found = shapeAt(frames[frame]!.shape, segments);
  return found.ok ? { kind: 'field', frame, segments, shape: found.shape } : { error: found.error };
}

/** The value a located path names in the rendered data; undefined where an optional field is absent. */
export function valueOf(frames: readonly Frame[], located: Located): unknown {
  const frame = frames[located.frame]!;
  if (located.kind === 'loop') {
    switch (located.name) {
      case '@index': return frame.index;
      case '@number': return frame.index + 1;
      case '@first': return frame.index === 0;
      case '@last': return frame.index === frame.count - 1;
      case '@key': return frame.key;
    }
  }
  let value: unknown = frame.value;
  let shape: FieldShape = frame.shape;
  for (const segment of located.segments) {
    if (value === undefined || value === null) return undefined;
    if (isList(shape) && segment === 'length') return Array.isArray(value) ? value.length : undefined;
    value = (value as Record<string, unknown>)[segment];
    shape = isObject(shape) ? (shape[segment] ?? 'value') : 'value';
  }
  return value;
}
