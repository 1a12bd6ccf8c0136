import { describe, expect, it } from 'vitest';
import { toDecimalString, toIsoDate } from './convert.ts';
import { compileTemplate } from './mapping.ts';

describe('toIsoDate: the date formats of real exports', () => {
  it.each([
    ['2025-11-01', 'iso', '2025-11-01'],
    ['01.11.2025', 'dd.mm.yyyy', '2025-11-01'],
    ['1.11.2025', 'dd.mm.yyyy', '2025-11-01'],
    ['11/1/2025', 'm/d/yyyy', '2025-11-01'],
    ['1/11/2025', 'd/m/yyyy', '2025-11-01'],
    ['2/29/2024', 'm/d/yyyy', '2024-02-29'],
  ] as const)('%s as %s -> %s', (text, format, iso) => {
    expect(toIsoDate(text, format)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['2/29/2025', 'm/d/yyyy', 'not a real calendar date'],
    ['31.04.2025', 'dd.mm.yyyy', 'not a real calendar date'],
    ['2025-11-01', 'dd.mm.yyyy', 'not a date in the format dd.mm.yyyy'],
    ['01.11.25', 'dd.mm.yyyy', 'not a date in the format'],
  ] as const)('rejects %s as %s (%s)', (text, format, reason) => {
    const r = toIsoDate(text, format);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(reason);
  });
});

describe('toDecimalString: comma or dot decimals, spaces between thousands', () => {
  it.each([
    ['1 234,50', ',', '1234.50'],
    ['1\u00a0234,5', ',', '1234.5'],
    ['1234.50', '.', '1234.50'],
    ['0,01', ',', '0.01'],
  ] as const)('%j with %s -> %s', (text, sep, out) => {
    expect(toDecimalString(text, sep)).toEqual({ ok: true, value: out });
  });

  it.each([['1.234,50', ','], ['1,234.50', '.'], ['-5', '.'], ['1e3', '.'], ['', '.']] as const)('rejects %j with %s', (text, sep) => {
    expect(toDecimalString(text, sep).ok).toBe(false);
  });
});

describe('mapping templates', () => {
  const headers = new Map([['id', 0], ['Disputed', 1], ['code', 2]]);
  it('fills placeholders, keeps text around them, and maps values', () => {
    const t = compileTemplate('Customer {id} ({Disputed})', { Disputed: { Yes: 'disputed', No: 'fine' } }, headers, 'customers.legalName');
    expect(t.evaluate(['42', 'Yes', ''])).toBe('Customer 42 (disputed)');
    expect(t.column).toBe('id');
  });
  it('is empty when every column it reads is empty (so a required field is reported missing)', () => {
    expect(compileTemplate('tag-{code}', {}, headers, 'x').evaluate(['', '', ' '])).toBe('');
    expect(compileTemplate('USD', {}, headers, 'x').evaluate([])).toBe('USD');
    expect(compileTemplate('{code}', { code: { A: 'alpha' } }, headers, 'x').evaluate(['', '', ' A '])).toBe('alpha');
  });
  it('names a column the file does not have', () => {
    expect(() => compileTemplate('{nope}', {}, headers, 'invoices.number')).toThrow(/invoices\.number: column "nope" is not in the file/);
  });
});
