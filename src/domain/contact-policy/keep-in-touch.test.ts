import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarFor, isWorkingDay, localDateTimeToInstant } from '../calendar/index.ts';
import { firstKeepInTouchDay, keepInTouchDue, keepInTouchDueOn } from './keep-in-touch.ts';
import { DEFAULT_CONTACT_POLICY, INDIVIDUALS_230FZ } from './presets.ts';
import type { Touch } from './types.ts';

const MSK = 'Europe/Moscow';
const ru = calendarFor('RU');
const touchOn = (date: string, time = '10:00', tz = MSK): Touch => ({ channel: 'email', at: localDateTimeToInstant(date, time, tz) });
const due = (history: Touch[], asOf: string, overdue = true, tz = MSK) =>
  keepInTouchDue(DEFAULT_CONTACT_POLICY, ru, tz, history, asOf, overdue);

describe('N7: while anything is overdue, a touch at least every 5 business days', () => {
  it.each([
    ['Tue 03-11, 1 business day after', '2025-03-11', false],
    ['Fri 03-14, 4 business days after', '2025-03-14', false],
    ['Sun 03-16, still 4', '2025-03-16', false],
    ['Mon 03-17, 5 business days after: due', '2025-03-17', true],
    ['Wed 03-19, overdue for a while: due', '2025-03-19', true],
  ])('a touch on Mon 2025-03-10; on %s', (_name, asOf, expected) => {
    expect(due([touchOn('2025-03-10')], asOf)).toBe(expected);
  });

  it.each([
    ['Wed 05-07, 3 business days (05-05, 06, 07)', '2025-05-07', false],
    ['Fri 05-09, a holiday: still 3', '2025-05-09', false],
    ['Mon 05-12, 4 business days', '2025-05-12', false],
    ['Tue 05-13, 5 business days: due', '2025-05-13', true],
  ])('across the Russian May holidays (05-01…05-04, 05-08…05-11 off), a touch on Wed 04-30; on %s', (_name, asOf, expected) => {
    expect(due([touchOn('2025-04-30')], asOf)).toBe(expected);
  });

  it.each([
    ['nothing overdue: never due', [touchOn('2025-01-10')], '2025-03-17', false, false],
    ['overdue and never touched: due at once', [], '2025-03-17', true, true],
    ['a touch later on asOf itself counts', [touchOn('2025-03-10'), touchOn('2025-03-17', '18:00')], '2025-03-17', true, false],
    ['a touch planned after asOf does not count', [touchOn('2025-03-10'), touchOn('2025-03-18')], '2025-03-17', true, true],
    ['only a touch planned after asOf: due', [touchOn('2025-03-18')], '2025-03-17', true, true],
    ['the latest touch counts, in any order', [touchOn('2025-03-12'), touchOn('2025-03-03')], '2025-03-17', true, false],
  ])('%s', (_name, history, asOf, overdue, expected) => {
    expect(due(history, asOf, overdue)).toBe(expected);
  });

  it('counts the customer’s local date: 23:30Z on 03-09 is Monday 03-10 in Vladivostok', () => {
    const history: Touch[] = [{ channel: 'call', at: new Date('2025-03-09T23:30:00Z') }];
    expect(due(history, '2025-03-14', true, 'Asia/Vladivostok')).toBe(false);
    expect(due(history, '2025-03-14', true, 'UTC')).toBe(true);
  });

  it('a policy may ask for a touch every business day', () => {
    const daily = { ...INDIVIDUALS_230FZ, touchEveryBusinessDays: 1 };
    expect(keepInTouchDue(daily, ru, MSK, [touchOn('2025-03-14')], '2025-03-15', true)).toBe(false);
    expect(keepInTouchDue(daily, ru, MSK, [touchOn('2025-03-14')], '2025-03-17', true)).toBe(true);
  });

  it('bad configuration or dates are DomainErrors naming the field', () => {
    expect(() => keepInTouchDue({ ...DEFAULT_CONTACT_POLICY, touchEveryBusinessDays: 0 }, ru, MSK, [], '2025-03-17', true)).toThrow(
      /touchEveryBusinessDays/,
    );
    expect(() => due([], '17.03.2025')).toThrow(/asOf/);
  });
});

describe('the first day a keep-in-touch touch is due (the daily run looks at the customer again then)', () => {
  /** The definition, day by day: the first working day on which keepInTouchDueOn holds. */
  const dayByDay = (dates: string[], from: string, days: number, n: number) => {
    const policy = { ...DEFAULT_CONTACT_POLICY, touchEveryBusinessDays: n };
    let date = from;
    for (let i = 0; i < days; i++, date = addCalendarDays(date, 1)) if (isWorkingDay(ru, date) && keepInTouchDueOn(policy, ru, dates, date)) return date;
    return date;
  };

  it('a touch on Wed 04-30 before the Russian May holidays: 5 business days later is Tue 05-13', () => {
    expect(firstKeepInTouchDay(DEFAULT_CONTACT_POLICY, ru, ['2025-04-30'], '2025-05-01', 45)).toBe('2025-05-13');
    expect(firstKeepInTouchDay(DEFAULT_CONTACT_POLICY, ru, [], '2025-05-01', 45)).toBe('2025-05-05'); // never touched: the first working day
    expect(firstKeepInTouchDay(DEFAULT_CONTACT_POLICY, ru, ['2025-05-06'], '2025-05-07', 3)).toBe('2025-05-10'); // none of 05-07…05-09: the day after
  });

  it('is the day-by-day definition, for touches before, on and after the first day, over holidays and working Saturdays', () => {
    let seed = 7;
    const random = (k: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % k; };
    for (let round = 0; round < 400; round++) {
      const from = addCalendarDays('2024-12-20', random(500)); // 2024-12-20 … 2026-05: New Year holidays, May, transfers
      const dates = Array.from({ length: random(5) }, () => addCalendarDays(from, random(40) - 20));
      const days = 1 + random(45);
      const n = 1 + random(6);
      const policy = { ...DEFAULT_CONTACT_POLICY, touchEveryBusinessDays: n };
      expect(firstKeepInTouchDay(policy, ru, dates, from, days), JSON.stringify({ dates, from, days, n })).toBe(dayByDay(dates, from, days, n));
    }
  });
});
