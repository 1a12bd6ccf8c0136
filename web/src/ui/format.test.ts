import { describe, expect, it } from 'vitest';
import { offsetAt, zonedIso } from '../modules/call/hooks/outcomeBody.ts';
import { formatMoney, fromMinor, isPositiveAmount, sumMoney, timeWindow, toMinor, weekStart } from './format.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money is shown to the kopeck in the interface language, never through a float', () => {
  it.each([
    ['ru-RU', '155000.50', 'RUB', '155 000,50 ₽'],
    ['uk-UA', '155000.50', 'UAH', '155 000,50 ₴'],
    ['bg-BG', '1234.5', 'EUR', '1234,50 €'],
    ['en-GB', '155000.50', 'RUB', 'RUB 155,000.50'],
  ])('%s: %s %s is %s', (locale, amount, currency, shown) => {
    expect(plain(formatMoney(amount, currency, locale))).toBe(shown);
  });

  it('keeps every digit of an amount too large for a float', () => {
    expect(plain(formatMoney('90071992547409.93', 'RUB', 'en-GB'))).toBe('RUB 90,071,992,547,409.93');
  });

  it('adds decimal strings exactly', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['51666.84', '51666.83', '51666.83'])).toBe('155000.50');
    expect(fromMinor(toMinor('-12.05'))).toBe('-12.05');
  });

  it('a promised amount is a positive number with at most two decimals', () => {
    expect(['100', '100.5', '0.01'].map(isPositiveAmount)).toEqual([true, true, true]);
    expect(['', '0', '0.00', '-5', '1.234', 'abc', '1,5'].map(isPositiveAmount)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('call windows in the customer\'s time and the collector\'s own (L8)', () => {
  it('Yekaterinburg 10:00–17:00 is 08:00–15:00 in Moscow', () => {
    expect(timeWindow('2025-12-11T10:00:00+05:00', '2025-12-11T17:00:00+05:00', 'Europe/Moscow'))
      .toEqual({ customer: '10:00–17:00', mine: '08:00–15:00', sameZone: false, shiftedDay: false });
  });

  it('Vladivostok 10:00 is the previous evening in London', () => {
    const w = timeWindow('2025-12-11T10:00:00+10:00', '2025-12-11T17:00:00+10:00', 'Europe/London');
    expect(w.mine).toBe('00:00–07:00');
    expect(w.shiftedDay).toBe(false);
    expect(timeWindow('2025-12-11T09:00:00+10:00', '2025-12-11T10:00:00+10:00', 'Europe/London').shiftedDay).toBe(true);
  });

  it('a callback time typed in the customer\'s zone becomes an instant with that day\'s offset', () => {
    expect(zonedIso('2025-12-12', '14:30', 'Asia/Yekaterinburg')).toBe('2025-12-12T14:30:00+05:00');
    expect(offsetAt('2025-07-01', '12:00', 'Europe/Sofia')).toBe('+03:00'); // summer time
    expect(offsetAt('2025-12-01', '12:00', 'Europe/Sofia')).toBe('+02:00');
  });

  it('the week starts on Monday', () => {
    expect(weekStart('2025-12-11')).toBe('2025-12-08');
    expect(weekStart('2025-12-14')).toBe('2025-12-08');
    expect(weekStart('2025-12-15')).toBe('2025-12-15');
  });
});
