import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount, parsePositiveAmount, splitByWeights } from './money.ts';

describe('parseAmount: decimal strings to minor units', () => {
  it.each([
    ['1234.50', 'RUB', '123450'],
    ['1234.5', 'RUB', '123450'],
    ['0.01', 'EUR', '1'],
    ['-3', 'UAH', '-300'],
    ['1500', 'JPY', '1500'],
    ['12.345', 'KWD', '12345'],
    ['90071992547409.93', 'USD', '9007199254740993'], // beyond float precision, still exact
  ])('%s %s -> %s', (text, currency, expected) => {
    expect(parseAmount(text, currency)).toBe(BigInt(expected));
  });

  it.each([
    ['1.005', 'RUB', 'more than 2 decimals'],
    ['1e3', 'RUB', 'not a decimal amount'],
    ['1,50', 'RUB', 'not a decimal amount'],
    ['', 'RUB', 'not a decimal amount'],
    ['12.5', 'JPY', 'more than 0 decimals'],
  ])('rejects %j for %s (%s)', (text, currency, reason) => {
    expect(() => parseAmount(text, currency, 'amount')).toThrow(reason);
  });

  it('names the field in the error', () => {
    expect(() => parsePositiveAmount('0', 'RUB', 'invoice.amount')).toThrow(/^invoice\.amount: "0" must be greater than zero/);
  });
});

describe('formatAmount: minor units to decimal strings', () => {
  it.each([
    ['123450', 'RUB', '1234.50'],
    ['1', 'EUR', '0.01'],
    ['-5', 'USD', '-0.05'],
    ['0', 'BGN', '0.00'],
    ['1500', 'JPY', '1500'],
  ])('%s %s -> %s', (minor, currency, expected) => {
    expect(formatAmount(BigInt(minor), currency)).toBe(expected);
  });
});

describe('splitByWeights: largest remainder', () => {
  it.each([
    ['100', ['1', '1', '1'], ['34', '33', '33']],
    ['1000', ['3', '3', '4'], ['300', '300', '400']],
    ['1', ['5', '5'], ['1', '0']],
    ['10001', ['2', '1'], ['6667', '3334']],
  ])('%s by %j -> %j, parts add up to the total', (total, weights, expected) => {
    const parts = splitByWeights(BigInt(total), weights.map((w) => BigInt(w)));
    expect(parts.map(String)).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(BigInt(total));
  });
});
