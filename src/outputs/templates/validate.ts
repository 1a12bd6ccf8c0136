/**
 * Checks a template before an admin's edit is saved: every placeholder names a field the view-model
 * has (inside {{#each}} too), every helper and block exists and gets the arguments it needs, and
 * every block is closed. Returns every problem at once, each with the field or tag it concerns.
 */
import { fits, HELPERS, isBlockName, isHelperName, BLOCKS, type ArgKind } from './helpers.ts';
import { parseTemplate, type Arg, type TemplateNode } from './parse.ts';
import { isPluralNoun, PLURAL_NOUNS } from './plurals.ts';
import { isList, ROOT_SHAPE, type FieldShape } from './schema.ts';
import { locate, type ShapeFrame } from './scope.ts';
import type { TemplateError, ValidationResult } from './types.ts';

export function validateTemplate(source: string): ValidationResult {
  const { nodes, errors } = parseTemplate(source);
  checkNodes(nodes, [{ shape: ROOT_SHAPE, over: null }], errors);
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

function checkNodes(nodes: readonly TemplateNode[], frames: ShapeFrame[], errors: TemplateError[]): void {
  for (const node of nodes) {
    if (node.type === 'text') continue;
    if (node.type === 'value') {
      const shape = shapeOf(node.path, frames, node.line, errors);
      if (shape !== null && shape !== 'value') {
        errors.push({ field: node.path, reason: `line ${node.line}: ${describe(shape)}; name one of its fields or use a helper` });
      }
    } else if (node.type === 'helper') {
      checkHelper(node.name, node.args, frames, node.line, errors);
    } else {
      const inner = checkBlock(node, frames, errors);
      // An {{#each}} over an unknown field: its item fields cannot be checked, so the body is skipped.
      if (inner) checkNodes(node.body, inner, errors);
      checkNodes(node.inverse, frames, errors);
    }
  }
}

function shapeOf(path: string, frames: readonly ShapeFrame[], line: number, errors: TemplateError[]): FieldShape | null {
  const found = locate(frames, path);
  if ('error' in found) {
    errors.push({ field: path, reason: `line ${line}: ${found.error}` });
    return null;
  }
  return found.shape;
}

function describe(shape: FieldShape): string {
  if (shape === 'value') return 'a single value';
  if (shape === 'record') return 'a set of named values (use {{taxIds …}} or {{#each}})';
  if (isList(shape)) return 'a list (use {{#each}} or .length)';
  return `an object with ${Object.keys(shape).join(', ')}`;
}

function checkHelper(name: string, args: readonly Arg[], frames: readonly ShapeFrame[], line: number, errors: TemplateError[]): void {
  if (!isHelperName(name)) {
    const known = Object.keys(HELPERS).join(', ');
    const hint = isBlockName(name) ? ` ({{${name}}} is a block: write {{#${name} …}})` : '';
    errors.push({ field: name, reason: `line ${line}: unknown helper "${name}"${hint}; the helpers are ${known}` });
    return;
  }
  const helper = HELPERS[name];
  const shapes = args.map((a) => (a.kind === 'string' ? 'string' : shapeOf(a.path, frames, line, errors)));
  if (shapes.includes(null)) return; // the unknown field is already reported
  const matches = (sig: readonly ArgKind[]) =>
    sig.length === args.length && sig.every((kind, i) => (kind === 'string' ? args[i]!.kind === 'string' : shapes[i] !== 'string' && fits(kind, shapes[i] as FieldShape)));
  if (!helper.signatures.some(matches)) {
    errors.push({ field: name, reason: `line ${line}: wrong arguments for ${name}; write ${helper.usage}` });
    return;
  }
  if (name === 'plural') {
    const noun = args[1];
    if (noun?.kind === 'string' && !isPluralNoun(noun.value)) {
      errors.push({ field: name, reason: `line ${line}: unknown plural noun "${noun.value}"; use one of ${PLURAL_NOUNS.join(', ')}` });
    }
  }
}

/** Checks a block's name and argument; returns the frames its body is checked in (null: cannot tell). */
function checkBlock(node: Extract<TemplateNode, { type: 'block' }>, frames: ShapeFrame[], errors: TemplateError[]): ShapeFrame[] | null {
  const { name, args, line } = node;
  if (!isBlockName(name)) {
    errors.push({ field: `#${name}`, reason: `line ${line}: unknown block "${name}"; the blocks are ${Object.keys(BLOCKS).join(', ')}` });
    return frames;
  }
  const arg = args[0];
  if (args.length !== 1 || arg?.kind !== 'path') {
    errors.push({ field: `#${name}`, reason: `line ${line}: {{#${name}}} takes one field; write ${BLOCKS[name].usage}` });
    return frames;
  }
  const shape = shapeOf(arg.path, frames, line, errors);
  if (name !== 'each') return frames;
  if (shape === null) return null;
  if (isList(shape)) return [...frames, { shape: shape[1], over: 'list' }];
  if (shape === 'record') return [...frames, { shape: 'value', over: 'record' }];
  errors.push({ field: arg.path, reason: `line ${line}: {{#each}} needs a list or a record, and ${arg.path} is ${describe(shape)}` });
  return null;
}
