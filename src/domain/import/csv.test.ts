import { describe, expect, it } from 'vitest';
import { parseCsv as parseCsvInSlices } from './csv.ts';
import { allAtOnce } from './slices.ts';

const parseCsv = (text: string, delimiter: string) => allAtOnce(parseCsvInSlices(text, delimiter));

const rows = (text: string, delimiter = ',') => parseCsv(text, delimiter).rows;

describe('parseCsv', () => {
  it('splits plain lines, LF or CRLF, and skips empty lines', () => {
    const { header, rows: body } = parseCsv('a,b,c\r\n1,2,3\r\n\r\n4,,6\n\n7,8,9', ',');
    expect(header).toEqual(['a', 'b', 'c']);
    expect(body).toEqual([{ line: 2, cells: ['1', '2', '3'] }, { line: 4, cells: ['4', '', '6'] }, { line: 6, cells: ['7', '8', '9'] }]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, counting lines from where a record starts', () => {
    const text = 'name;note;amount\n"ООО ""Альфа""";"first line\nsecond; line";1 200,50\n"";x;"3"\r\nlast;"";4\n';
    expect(rows(text, ';')).toEqual([
      { line: 2, cells: ['ООО "Альфа"', 'first line\nsecond; line', '1 200,50'] },
      { line: 4, cells: ['', 'x', '3'] },
      { line: 5, cells: ['last', '', '4'] },
    ]);
  });

  it('keeps a file without a final line break and a quoted last field', () => {
    expect(rows('a,b\n1,"two"')).toEqual([{ line: 2, cells: ['1', 'two'] }]);
  });

  it('rejects a record with a different number of fields than the header, naming its line', () => {
    expect(() => rows('a,b,c\n1,2,3\n4,5\n')).toThrow('file: line 3 has 2 fields, the header has 3');
    expect(() => rows('a,b\n"x,y",1,2\n')).toThrow('file: line 2 has 3 fields, the header has 2');
  });

  it('rejects broken quoting instead of guessing', () => {
    expect(() => rows('a,b\n"open,1\n2,3\n')).toThrow('file: line 2 opens a quote that is never closed');
    expect(() => rows('a,b\n"x"y,1\n')).toThrow('file: line 2 has text after a closing quote');
    expect(() => rows('a,b\n1,x"y"\n')).toThrow('file: line 2 has a quote inside an unquoted field');
  });

  it('says so when there is no header', () => {
    expect(() => parseCsv('\n\r\n', ',')).toThrow('file: is empty');
  });
});
