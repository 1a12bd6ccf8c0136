/**
 * The template syntax, small on purpose (an admin edits it; everything else is data):
 *   {{customer.legalName}}                 a field of the view-model
 *   {{money total}} {{date deadline}}      a helper with arguments (paths or "string literals")
 *   {{#each invoices}}…{{else}}…{{/each}}  a block: each, if, unless (else is optional)
 *   {{! a note for the editor }}           a comment, not rendered
 * A block tag or comment alone on its line takes the whole line with it, so templates can put blocks
 * on lines of their own without leaving blank lines behind (as Handlebars does).
 * Parsing never throws: it returns the tree and every syntax error with its line.
 */
import type { TemplateError } from './types.ts';

export type Arg = { kind: 'path'; path: string } | { kind: 'string'; value: string };

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'value'; path: string; line: number }
  | { type: 'helper'; name: string; args: Arg[]; line: number }
  | { type: 'block'; name: string; args: Arg[]; body: TemplateNode[]; inverse: TemplateNode[]; line: number };

export type ParseResult = { nodes: TemplateNode[]; errors: TemplateError[] };

type TagKind = 'comment' | 'open' | 'close' | 'else' | 'expression';
type Token =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; tag: TagKind; content: string; line: number };

const PATH = /^@?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/u;
const ARG = /\s*("(?:[^"\\]|\\.)*"|[^\s"]+)/uy;

function tagKind(content: string): TagKind {
  if (content.startsWith('!')) return 'comment';
  if (content.startsWith('#')) return 'open';
  if (content.startsWith('/')) return 'close';
  return content === 'else' ? 'else' : 'expression';
}

function scan(source: string, errors: TemplateError[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let line = 1; // the line number at `at`
  while (at < source.length) {
    const open = source.indexOf('{{', at);
    if (open === -1) break;
    for (let i = at; i < open; i += 1) if (source.charCodeAt(i) === 10) line += 1;
    const comment = source.startsWith('{{!--', open);
    const close = comment ? source.indexOf('--}}', open) : source.indexOf('}}', open + 2);
    if (close === -1) {
      errors.push({ field: source.slice(open, open + 20), reason: `line ${line}: "{{" is never closed with "}}"` });
      break;
    }
    if (open > at) tokens.push({ kind: 'text', text: source.slice(at, open) });
    const end = comment ? close + 4 : close + 2;
    const content = source.slice(open + 2, end - 2).trim();
    tokens.push({ kind: 'tag', tag: tagKind(content), content, line });
    for (let i = open; i < end; i += 1) if (source.charCodeAt(i) === 10) line += 1;
    at = end;
  }
  if (at < source.length) tokens.push({ kind: 'text', text: source.slice(at) });
  return tokens;
}

/** Removes the line of a block tag or comment that stands alone on it (indentation and line break). */
function trimStandaloneLines(tokens: Token[]): Token[] {
  const cuts = tokens.map(() => ({ start: 0, end: 0 }));
  const last = tokens.length - 1;
  tokens.forEach((t, i) => {
    if (t.kind !== 'tag' || t.tag === 'expression') return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    let indent = 0;
    if (before) {
      if (before.kind !== 'text') return;
      const m = (i - 1 === 0 ? /(?:^|\n)([ \t]*)$/u : /\n([ \t]*)$/u).exec(before.text);
      if (!m) return;
      indent = (m[1] ?? '').length;
    }
    let lineBreak = 0;
    if (after) {
      if (after.kind !== 'text') return;
      const m = (i + 1 === last ? /^[ \t]*(?:\r?\n|$)/u : /^[ \t]*\r?\n/u).exec(after.text);
      if (!m) return;
      lineBreak = m[0].length;
    }
    if (before) cuts[i - 1]!.end = indent;
    if (after) cuts[i + 1]!.start = lineBreak;
  });
  return tokens.map((t, i) => {
    if (t.kind !== 'text') return t;
    const cut = cuts[i]!;
    return { kind: 'text', text: t.text.slice(cut.start, Math.max(cut.start, t.text.length - cut.end)) };
  });
}

function parseArgs(words: string, line: number, errors: TemplateError[]): Arg[] {
  const args: Arg[] = [];
  let at = 0;
  while (at < words.length) {
    ARG.lastIndex = at;
    const m = ARG.exec(words);
    if (!m || !m[1]) {
      if (words.slice(at).trim() !== '') errors.push({ field: words.slice(at).trim(), reason: `line ${line}: cannot read this argument` });
      break;
    }
    at = ARG.lastIndex;
    const word = m[1];
    if (word.startsWith('"')) {
      args.push({ kind: 'string', value: word.slice(1, -1).replace(/\\(.)/gu, '$1') });
    } else if (PATH.test(word)) {
      args.push({ kind: 'path', path: word });
    } else {
      errors.push({ field: word, reason: `line ${line}: not a field path or a "quoted string"` });
    }
  }
  return args;
}

function splitNameAndArgs(content: string): { name: string; rest: string } {
  const m = /^(\S+)\s*([\s\S]*)$/u.exec(content);
  return { name: m?.[1] ?? '', rest: m?.[2] ?? '' };
}

type OpenBlock = { node: Extract<TemplateNode, { type: 'block' }>; inElse: boolean };

/** Parses a template into a tree; unbalanced blocks and malformed tags come back as errors. */
export function parseTemplate(source: string): ParseResult {
  const errors: TemplateError[] = [];
  const root: TemplateNode[] = [];
  const stack: OpenBlock[] = [];
  const target = (): TemplateNode[] => {
    const top = stack[stack.length - 1];
    return top ? (top.inElse ? top.node.inverse : top.node.body) : root;
  };

  for (const token of trimStandaloneLines(scan(source, errors))) {
    if (token.kind === 'text') {
      if (token.text) target().push({ type: 'text', text: token.text });
      continue;
    }
    const { tag, content, line } = token;
    if (tag === 'comment') continue;
    if (tag === 'else') {
      const top = stack[stack.length - 1];
      if (!top) errors.push({ field: '{{else}}', reason: `line ${line}: {{else}} outside a block` });
      else if (top.inElse) errors.push({ field: '{{else}}', reason: `line ${line}: a second {{else}} in {{#${top.node.name}}}` });
      else top.inElse = true;
      continue;
    }
    if (tag === 'close') {
      const name = content.slice(1).trim();
      const top = stack.pop();
      if (!top) {
        errors.push({ field: `{{/${name}}}`, reason: `line ${line}: {{/${name}}} closes a block that was never opened` });
      } else if (top.node.name !== name) {
        errors.push({ field: `{{/${name}}}`, reason: `line ${line}: {{/${name}}} closes {{#${top.node.name}}} opened on line ${top.node.line}` });
      }
      continue;
    }
    if (content === '' || content === '#') {
      errors.push({ field: '{{}}', reason: `line ${line}: an empty tag` });
      continue;
    }
    if (tag === 'open') {
      const { name, rest } = splitNameAndArgs(content.slice(1));
      const node: OpenBlock['node'] = { type: 'block', name, args: parseArgs(rest, line, errors), body: [], inverse: [], line };
      target().push(node);
      stack.push({ node, inElse: false });
      continue;
    }
    if (content.startsWith('{')) {
      errors.push({ field: `{{${content}}}`, reason: `line ${line}: triple braces are not supported (values are escaped in HTML anyway)` });
      continue;
    }
    const { name, rest } = splitNameAndArgs(content);
    if (rest === '') {
      if (PATH.test(name)) target().push({ type: 'value', path: name, line });
      else errors.push({ field: name, reason: `line ${line}: not a field path` });
    } else {
      target().push({ type: 'helper', name, args: parseArgs(rest, line, errors), line });
    }
  }
  for (const open of stack.reverse()) {
    errors.push({ field: `{{#${open.node.name}}}`, reason: `line ${open.node.line}: {{#${open.node.name}}} is never closed with {{/${open.node.name}}}` });
  }
  return { nodes: root, errors };
}
