import { DomainError } from '../errors.ts';
import { SLICE, type Sliced } from './slices.ts';

/** One record of a table: its cells in column order and the line of the file it starts on (header = 1). */
export type SourceRow = { line: number; cells: string[] };

/**
 * Reads CSV text (RFC 4180: fields in double quotes may hold the delimiter, line breaks and doubled
 * quotes; lines end in LF or CRLF) into the header and the records. Empty lines are skipped. A record
 * with a different number of fields than the header is an error naming its line: a shifted column
 * would put amounts into dates.
 *
 * Most lines of an export hold no quote at all: those are split with the native `split`, and only
 * lines with a quote are read character by character (a million rows in about four seconds, in
 * slices: slices.ts).
 */
export function* parseCsv(text: string, delimiter: string): Sliced<{ header: string[]; rows: SourceRow[] }> {
  const rows: SourceRow[] = [];
  let header: string[] | undefined;
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(pos, end - 1) : text.slice(pos, end);
    const startLine = line;
    let cells: string[];
    if (raw.indexOf('"') < 0) {
      pos = end + 1;
      line++;
      if (raw === '') continue;
      cells = raw.split(delimiter);
    } else {
      const quoted = readQuoted(text, pos, delimiter, line);
      ({ cells, line } = quoted);
      pos = quoted.next;
    }
    if (!header) header = cells;
    else if (cells.length !== header.length) {
      throw new DomainError('import_failed', `file: line ${startLine} has ${cells.length} fields, the header has ${header.length}`, { file: `line ${startLine}: wrong number of fields` });
    } else if (rows.push({ line: startLine, cells }) % SLICE === 0) yield;
  }
  if (!header) throw new DomainError('import_failed', 'file: is empty', { file: 'empty' });
  return { header, rows };
}

/** Reads one record that has quoted fields, from `pos` to the end of its last line. */
function readQuoted(text: string, pos: number, delimiter: string, line: number): { cells: string[]; next: number; line: number } {
  const cells: string[] = [];
  const startLine = line;
  let cell = '';
  let i = pos;
  let fieldStart = true;
  for (;;) {
    if (fieldStart && text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new DomainError('import_failed', `file: line ${startLine} opens a quote that is never closed`, { file: `line ${startLine}: unclosed quote` });
        const part = text.slice(i, q);
        for (let k = part.indexOf('\n'); k >= 0; k = part.indexOf('\n', k + 1)) line++;
        cell += part;
        if (text[q + 1] === '"') { cell += '"'; i = q + 2; continue; }
        i = q + 1;
        break;
      }
      const after = text[i];
      if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
        throw new DomainError('import_failed', `file: line ${line} has text after a closing quote`, { file: `line ${line}: text after a quote` });
      }
    }
    fieldStart = false;
    const c = text[i];
    if (c === delimiter) { cells.push(cell); cell = ''; i++; fieldStart = true; continue; }
    if (c === undefined || c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      cells.push(cell);
      return { cells, next: c === undefined ? i : c === '\n' ? i + 1 : i + 2, line: line + 1 };
    }
    if (c === '"') throw new DomainError('import_failed', `file: line ${line} has a quote inside an unquoted field`, { file: `line ${line}: stray quote` });
    cell += c;
    i++;
  }
}
