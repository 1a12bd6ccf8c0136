/**
 * Renders a template (syntax: parse.ts) from the view-model. The template is plain text in both modes:
 *   text: values as they are;
 *   html: every value HTML-escaped, and the template's own text too, so neither an admin's edit nor a
 *         customer's name can put markup into a letter; structure is added by renderMessage.
 * A template that does not validate is refused with its errors, never half-rendered.
 */
import type { LetterViewModel } from '../view-model.ts';
import { HELPERS, isHelperName, truthy } from './helpers.ts';
import { parseTemplate, type Arg, type TemplateNode } from './parse.ts';
import { ROOT_SHAPE, isList } from './schema.ts';
import { locate, valueOf, type Frame } from './scope.ts';
import type { RenderMode, TemplateError } from './types.ts';
import { validateTemplate } from './validate.ts';

export class TemplateInvalidError extends Error {
  constructor(readonly errors: TemplateError[]) {
    super(`invalid template: ${errors.map((e) => `${e.field}: ${e.reason}`).join('; ')}`);
    this.name = 'TemplateInvalidError';
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => HTML_ESCAPES[ch] ?? ch);
}

type Context = { vm: LetterViewModel; mode: RenderMode; out: string[]; lastWasHelper: boolean };

export function render(source: string, vm: LetterViewModel, mode: RenderMode): string {
  const checked = validateTemplate(source);
  if (!checked.ok) throw new TemplateInvalidError(checked.errors);
  const ctx: Context = { vm, mode, out: [], lastWasHelper: false };
  const root: Frame = { shape: ROOT_SHAPE, over: null, value: vm, index: 0, key: '', count: 1 };
  renderNodes(parseTemplate(source).nodes, [root], ctx);
  return ctx.out.join('');
}

function emit(ctx: Context, text: string, fromHelper: boolean): void {
  if (text === '') return;
  let piece = text;
  // Typography: "1 234,50 руб." at the end of a sentence must not become "руб..".
  if (!fromHelper && ctx.lastWasHelper && piece.startsWith('.') && (ctx.out[ctx.out.length - 1] ?? '').endsWith('.')) {
    piece = piece.slice(1);
  }
  ctx.out.push(ctx.mode === 'html' ? escapeHtml(piece) : piece);
  ctx.lastWasHelper = fromHelper;
}

function resolve(path: string, frames: readonly Frame[]): unknown {
  const found = locate(frames, path);
  return 'error' in found ? undefined : valueOf(frames, found);
}

function argValue(arg: Arg, frames: readonly Frame[]): unknown {
  return arg.kind === 'string' ? arg.value : resolve(arg.path, frames);
}

function renderNodes(nodes: readonly TemplateNode[], frames: Frame[], ctx: Context): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        emit(ctx, node.text, false);
        break;
      case 'value': {
        const value = resolve(node.path, frames);
        emit(ctx, value === undefined || value === null ? '' : String(value), false);
        break;
      }
      case 'helper':
        if (isHelperName(node.name)) {
          const args = node.args.map((a) => argValue(a, frames));
          emit(ctx, HELPERS[node.name].run(args, ctx.vm.language), true);
        }
        break;
      case 'block':
        renderBlock(node, frames, ctx);
        break;
    }
  }
}

function renderBlock(node: Extract<TemplateNode, { type: 'block' }>, frames: Frame[], ctx: Context): void {
  const arg = node.args[0];
  const value = arg ? argValue(arg, frames) : undefined;
  if (node.name === 'if' || node.name === 'unless') {
    const pass = truthy(value) === (node.name === 'if');
    renderNodes(pass ? node.body : node.inverse, frames, ctx);
    return;
  }
  // each: over a list of objects or a record of values; nothing to iterate renders the else part.
  const found = arg?.kind === 'path' ? locate(frames, arg.path) : undefined;
  const shape = found && !('error' in found) ? found.shape : 'value';
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [String(i), item])
    : value !== null && typeof value === 'object' ? Object.entries(value) : [];
  if (entries.length === 0) {
    renderNodes(node.inverse, frames, ctx);
    return;
  }
  const itemShape = isList(shape) ? shape[1] : 'value';
  entries.forEach(([key, item], index) => {
    const frame: Frame = { shape: itemShape, over: isList(shape) ? 'list' : 'record', value: item, index, key, count: entries.length };
    renderNodes(node.body, [...frames, frame], ctx);
  });
}
