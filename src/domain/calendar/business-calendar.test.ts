import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  countWorkingDays,
  effectiveDueDate,
  isWorkingDay,
  makeCalendar,
  nextWorkingDay,
} from './business-calendar.ts';

// A small made-up calendar: Sat+Sun weekend; Wed 2025-01-15 off; Sat 2025-01-18 working.
const cal = makeCalendar('ZZ', [6, 7], [
  { date: '2025-01-15', kind: 'non_working', note: 'a holiday' },
  { date: '2025-01-18', kind: 'working', note: 'a working Saturday' },
]);

describe('makeCalendar: exceptions over the weekly weekend', () => {
  it.each([
    ['2025-01-13', true], // Monday
    ['2025-01-15', false], // weekday made a day off
    ['2025-01-18', true], // Saturday made working
    ['2025-01-19', false], // ordinary Sunday
  ])('%s working: %s', (date, working) => {
    expect(isWorkingDay(cal, date)).toBe(working);
  });

  it('a later exception for the same date wins (admin edits go last)', () => {
    const edited = makeCalendar('ZZ', [6, 7], [
      { date: '2025-01-15', kind: 'non_working' },
      { date: '2025-01-15', kind: 'working' },
    ]);
    expect(edited.isWorkingDay('2025-01-15')).toBe(true);
  });

  it('a Friday+Saturday weekend works the same way', () => {
    const gulf = makeCalendar('AE-OLD', [5, 6], []);
    expect(nextWorkingDay(gulf, '2025-01-17')).toBe('2025-01-19'); // Fri → Sun
  });

  it.each([[[0]], [[8]], [[1.5]]])('rejects weekend %j', (weekend) => {
    expect(() => makeCalendar('ZZ', weekend, [])).toThrow(/ISO weekday/);
  });

  it('rejects an exception with a bad date, naming it', () => {
    expect(() => makeCalendar('ZZ', [6, 7], [{ date: '2025-02-30', kind: 'working' }])).toThrow('"2025-02-30"');
  });

  it('rejects an invalid date argument', () => {
    expect(() => isWorkingDay(cal, '2025/01/13')).toThrow('"2025/01/13"');
  });
});

describe('addBusinessDays counts working days after the start day', () => {
  it.each([
    ['2025-01-10', 1, '2025-01-13', 'Friday +1 = Monday'],
    ['2025-01-14', 1, '2025-01-16', 'over the Wednesday holiday'],
    ['2025-01-17', 1, '2025-01-18', 'Friday +1 = the working Saturday'],
    ['2025-01-11', 1, '2025-01-13', 'from a Saturday, +1 = Monday'],
    ['2025-01-13', 3, '2025-01-17', 'Mon +3 skips Wednesday'],
    ['2025-01-13', 0, '2025-01-13', 'n = 0 on a working day: the day itself'],
    ['2025-01-11', 0, '2025-01-13', 'n = 0 on a day off: the next working day'],
    ['2025-01-13', -1, '2025-01-10', 'Monday -1 = Friday'],
    ['2025-01-20', -3, '2025-01-16', 'three working days before, over the working Saturday'],
    ['2025-01-19', -1, '2025-01-18', 'from a Sunday, -1 = the working Saturday'],
  ])('%s %+i = %s (%s)', (date, n, expected) => {
    expect(addBusinessDays(cal, date, n)).toBe(expected);
  });

  it('rejects a fractional offset', () => {
    expect(() => addBusinessDays(cal, '2025-01-13', 0.5)).toThrow(/0.5/);
  });

  it('stops with a clear error on a calendar without working days', () => {
    const never = makeCalendar('NONE', [1, 2, 3, 4, 5, 6, 7], []);
    expect(() => nextWorkingDay(never, '2025-01-01')).toThrow(/no working day/);
  });
});

describe('businessDaysBetween is the inverse of addBusinessDays', () => {
  it.each([
    ['2025-01-10', '2025-01-13', 1],
    ['2025-01-13', '2025-01-20', 5], // Tue, Thu, Fri, Sat(working), Mon
    ['2025-01-20', '2025-01-13', -5],
    ['2025-01-13', '2025-01-13', 0],
  ])('from %s to %s = %i', (from, to, n) => {
    expect(businessDaysBetween(cal, from, to)).toBe(n);
  });

  it.each([-7, -3, -1, 1, 2, 10])('businessDaysBetween(d, addBusinessDays(d, %i)) = n', (n) => {
    expect(businessDaysBetween(cal, '2025-01-14', addBusinessDays(cal, '2025-01-14', n))).toBe(n);
  });
});

describe('effectiveDueDate and countWorkingDays', () => {
  it.each([
    ['2025-01-14', '2025-01-14'],
    ['2025-01-15', '2025-01-16'],
    ['2025-01-19', '2025-01-20'],
  ])('L2: due %s is effectively due %s', (due, effective) => {
    expect(effectiveDueDate(cal, due)).toBe(effective);
  });

  it('counts 2025 with the weekend only: 261, minus one holiday, plus one working Saturday', () => {
    expect(countWorkingDays(makeCalendar('ZZ', [6, 7], []), 2025)).toBe(261);
    expect(countWorkingDays(cal, 2025)).toBe(261);
    expect(countWorkingDays(makeCalendar('ZZ', [6, 7], []), 2024)).toBe(262);
  });
});
