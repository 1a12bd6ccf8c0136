import { describe, expect, it } from 'vitest';
import type { Language } from '../../domain/fields.ts';
import { formatCount, formatDate, formatMoney, formatNumber, formatPenalty, formatTaxIds } from './format.ts';

describe('formatNumber: exact string manipulation, never floats', () => {
  const cases: [string, Language, string][] = [
    ['1234567.89', 'ru', '1 234 567,89'],
    ['1234567.89', 'uk', '1 234 567,89'],
    ['1234567.89', 'bg', '1 234 567,89'],
    ['1234567.89', 'en', '1,234,567.89'],
    ['0.05', 'ru', '0,05'],
    ['0.05', 'en', '0.05'],
    ['1234.50', 'ru', '1 234,50'],
    ['1234.50', 'en', '1,234.50'],
    ['999', 'ru', '999'],
    ['1000', 'ru', '1 000'],
    ['-1234.5', 'ru', '-1 234,5'],
    ['007.10', 'en', '7.10'],
    // Beyond a double's precision: still exact to the last digit.
    ['12345678901234567890.12', 'ru', '12 345 678 901 234 567 890,12'],
    ['9007199254740993.01', 'en', '9,007,199,254,740,993.01'],
  ];
  it.each(cases)('%s in %s is "%s"', (decimal, language, expected) => {
    expect(formatNumber(decimal, language)).toBe(expected);
  });

  it('refuses anything that is not a decimal string', () => {
    for (const bad of ['1e3', '1,5', '', 'abc', '1.2.3', '١٢٣']) expect(() => formatNumber(bad, 'ru')).toThrow(/not a decimal/u);
  });
});

describe('formatMoney: the currency, padded to its minor units', () => {
  const cases: [string, string, Language, string][] = [
    ['1234.5', 'RUB', 'ru', '1 234,50 руб.'],
    ['1234.50', 'RUB', 'uk', '1 234,50 руб.'],
    ['1234.50', 'RUB', 'en', 'RUB 1,234.50'],
    ['1234.50', 'UAH', 'uk', '1 234,50 грн'],
    ['1234.50', 'UAH', 'en', 'UAH 1,234.50'],
    ['1234.50', 'BGN', 'bg', '1 234,50 лв.'],
    ['1234.50', 'EUR', 'bg', '1 234,50 евро'],
    ['1234.50', 'EUR', 'ru', '1 234,50 €'],
    ['1234.50', 'EUR', 'en', '€1,234.50'],
    ['1234.50', 'USD', 'en', '$1,234.50'],
    ['1234.50', 'USD', 'ru', '1 234,50 $'],
    ['0.05', 'RUB', 'ru', '0,05 руб.'],
    ['12', 'EUR', 'en', '€12.00'],
    ['-5.10', 'USD', 'en', '-$5.10'],
    ['1234567', 'JPY', 'en', 'JPY 1,234,567'],
    ['1234.50', 'CHF', 'bg', '1 234,50 CHF'],
  ];
  it.each(cases)('%s %s in %s is "%s"', (amount, currency, language, expected) => {
    expect(formatMoney(amount, currency, language)).toBe(expected);
  });

  it('never rounds: more decimals than the currency has is an error', () => {
    expect(() => formatMoney('10.005', 'RUB', 'ru')).toThrow(/more than 2 decimals/u);
  });
});

describe('formatDate', () => {
  it.each([
    ['2025-11-05', 'ru', '05.11.2025'],
    ['2025-11-05', 'uk', '05.11.2025'],
    ['2025-11-05', 'bg', '05.11.2025'],
    ['2025-11-05', 'en', '5 November 2025'],
    ['2026-01-31', 'en', '31 January 2026'],
  ] as [string, Language, string][])('%s in %s is "%s"', (iso, language, expected) => {
    expect(formatDate(iso, language)).toBe(expected);
  });
  it('refuses what is not YYYY-MM-DD', () => {
    for (const bad of ['05.11.2025', '2025-13-01', '2025-1-5', '']) expect(() => formatDate(bad, 'ru')).toThrow(/YYYY-MM-DD/u);
  });
});

describe('formatCount: plural forms through i18next and Intl.PluralRules', () => {
  const ru: [number, string, string][] = [
    [1, '1 счёт', '1 день'],
    [2, '2 счёта', '2 дня'],
    [5, '5 счетов', '5 дней'],
    [11, '11 счетов', '11 дней'],
    [21, '21 счёт', '21 день'],
    [22, '22 счёта', '22 дня'],
    [25, '25 счетов', '25 дней'],
    [101, '101 счёт', '101 день'],
  ];
  it.each(ru)('ru %i: "%s", "%s"', (n, invoices, days) => {
    expect(formatCount(n, 'invoice', 'ru')).toBe(invoices);
    expect(formatCount(n, 'day', 'ru')).toBe(days);
  });

  const uk: [number, string, string][] = [
    [1, '1 рахунок', '1 день'],
    [2, '2 рахунки', '2 дні'],
    [5, '5 рахунків', '5 днів'],
    [11, '11 рахунків', '11 днів'],
    [21, '21 рахунок', '21 день'],
    [22, '22 рахунки', '22 дні'],
    [25, '25 рахунків', '25 днів'],
    [101, '101 рахунок', '101 день'],
  ];
  it.each(uk)('uk %i: "%s", "%s"', (n, invoices, days) => {
    expect(formatCount(n, 'invoice', 'uk')).toBe(invoices);
    expect(formatCount(n, 'day', 'uk')).toBe(days);
  });

  it('bg and en: singular for 1, plural for 2', () => {
    expect([formatCount(1, 'invoice', 'bg'), formatCount(2, 'invoice', 'bg')]).toEqual(['1 фактура', '2 фактури']);
    expect([formatCount(1, 'day', 'bg'), formatCount(2, 'day', 'bg')]).toEqual(['1 ден', '2 дни']);
    expect([formatCount(1, 'invoice', 'en'), formatCount(2, 'invoice', 'en')]).toEqual(['1 invoice', '2 invoices']);
    expect([formatCount(1, 'day', 'en'), formatCount(2, 'day', 'en')]).toEqual(['1 day', '2 days']);
  });

  it('groups a large count like any number and names instalments', () => {
    expect(formatCount(1001, 'day', 'ru')).toBe('1 001 день');
    expect(formatCount(1001, 'day', 'en')).toBe('1,001 days');
    expect(formatCount(3, 'instalment', 'ru')).toBe('3 платежа');
    expect(formatCount(5, 'instalment', 'uk')).toBe('5 платежів');
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => formatCount(1.5, 'day', 'ru')).toThrow(/whole number/u);
    expect(() => formatCount(-1, 'day', 'ru')).toThrow(/whole number/u);
  });
});

describe('formatTaxIds and formatPenalty', () => {
  it('labels tax ids in the language, in their order', () => {
    expect(formatTaxIds({ INN: '7701234567', KPP: '770101001' }, 'ru')).toBe('ИНН 7701234567, КПП 770101001');
    expect(formatTaxIds({ EDRPOU: '12345678' }, 'uk')).toBe('ЄДРПОУ 12345678');
    expect(formatTaxIds({ EIK: '201234567', VAT: 'BG201234567' }, 'bg')).toBe('ЕИК 201234567, ДДС № BG201234567');
    expect(formatTaxIds({ EIN: '12-3456789' }, 'en')).toBe('EIN 12-3456789');
  });
  it('words the contract penalty with the rate formatted for the language', () => {
    expect(formatPenalty({ kind: 'percent_per_day', rate: '0.1' }, 'ru')).toBe('0,1 % от суммы задолженности за каждый день просрочки');
    expect(formatPenalty({ kind: 'percent_per_year', rate: '3' }, 'uk')).toBe('3 % річних');
    expect(formatPenalty({ kind: 'percent_per_year', rate: '10' }, 'bg')).toBe('10 % годишно');
    expect(formatPenalty({ kind: 'percent_per_day', rate: '0.05' }, 'en')).toBe('0.05% of the overdue amount for each day of delay');
  });
});
