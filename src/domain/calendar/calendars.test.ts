import { describe, expect, it } from 'vitest';
import { addBusinessDays, countWorkingDays, effectiveDueDate, isWorkingDay } from './business-calendar.ts';
import { calendarFor } from './calendars.ts';

const ru = calendarFor('RU');
const bg = calendarFor('BG');
const ua = calendarFor('UA');
const generic = calendarFor('DE');

describe('Russia: production calendar from the decrees (ru-exceptions.ts)', () => {
  it.each([
    [2024, 248],
    [2025, 247],
    [2026, 247],
  ])('%i has %i working days, the official total', (year, total) => {
    expect(countWorkingDays(ru, year)).toBe(total);
  });

  it.each([
    ['2024-04-27', true, 'working Saturday (PP 1314)'],
    ['2024-11-02', true, 'working Saturday (PP 1314)'],
    ['2024-12-28', true, 'working Saturday (PP 1314)'],
    ['2025-11-01', true, 'working Saturday (PP 1335)'],
    ['2025-11-03', false, 'Monday off, transferred from Sat 2025-11-01'],
    ['2025-11-04', false, 'National Unity Day'],
    ['2025-12-31', false, 'transfer from Sun 2025-01-05'],
    ['2026-01-09', false, 'transfer from Sat 2026-01-03'],
    ['2026-03-09', false, 'Sun 8 March moves to Monday (TK 112 part 2)'],
    ['2026-05-11', false, 'Sat 9 May moves to Monday (TK 112 part 2)'],
    ['2025-11-05', true, 'an ordinary Wednesday'],
    ['2025-11-08', false, 'an ordinary Saturday'],
  ])('%s working: %s (%s)', (date, working) => {
    expect(isWorkingDay(ru, date)).toBe(working);
  });

  it.each([
    ['2025-11-01', '2025-11-01', 'a working Saturday: due that day'],
    ['2025-11-02', '2025-11-05', 'Sunday, then Mon 3 (transfer) and Tue 4 (holiday) are off'],
    ['2025-11-03', '2025-11-05', 'due on the transferred Monday'],
    ['2026-01-01', '2026-01-12', 'New Year holidays run to Sun 2026-01-11'],
    ['2025-05-01', '2025-05-05', 'May holidays Thu 1 – Sun 4'],
    ['2025-11-05', '2025-11-05', 'a working day stays'],
  ])('L2: due %s is effectively due %s (%s)', (due, effective) => {
    expect(effectiveDueDate(ru, due)).toBe(effective);
  });

  it.each([
    ['2024-12-27', 1, '2024-12-28', 'Friday +1 = the working Saturday'],
    ['2024-12-27', 2, '2025-01-09', 'over the New Year holidays'],
    ['2025-12-30', 1, '2026-01-12', 'the last working day of 2025 to the first of 2026'],
    ['2026-01-12', -1, '2025-12-30', 'and back'],
    ['2024-11-01', 1, '2024-11-02', 'Friday +1 = the working Saturday 2024-11-02'],
    ['2024-11-01', 2, '2024-11-05', 'Sunday and the Monday holiday are skipped'],
    ['2025-10-31', 1, '2025-11-01', 'Friday +1 = the working Saturday 2025-11-01'],
    ['2025-10-31', 2, '2025-11-05', 'Sunday, Mon 3 and Tue 4 are skipped'],
    ['2025-11-07', 1, '2025-11-10', 'Friday +1 = Monday after a normal weekend'],
  ])('%s %+i business days = %s (%s)', (date, n, expected) => {
    expect(addBusinessDays(ru, date, n)).toBe(expected);
  });

  it.each([
    ['2025-11-05', '2025-10-30', 'working Sat 1 Nov counts, Mon 3 and Tue 4 do not'],
    ['2026-01-12', '2025-12-26', 'before the New Year holidays'],
    ['2024-05-13', '2024-05-06', 'before the Victory Day holidays'],
    ['2025-11-12', '2025-11-07', 'an ordinary week'],
  ])('P4/L1: 3 business days before due %s is %s (%s)', (due, remind) => {
    expect(addBusinessDays(ru, due, -3)).toBe(remind);
  });

  it.each([
    ['2027-01-07', false, 'Christmas, TK 112'],
    ['2027-02-23', false, 'Defender of the Fatherland Day, TK 112'],
    ['2027-05-10', true, 'Sun 9 May is NOT transferred outside the decree years'],
    ['2023-11-06', true, 'likewise for 2023 (Sat 4 Nov)'],
    ['2027-11-04', false, 'National Unity Day'],
  ])('outside 2024–2026 only TK RF art. 112 applies: %s working: %s (%s)', (date, working) => {
    expect(isWorkingDay(ru, date)).toBe(working);
  });

  it('2027 without a decree: 261 weekdays minus the 9 fixed holidays on weekdays', () => {
    expect(countWorkingDays(ru, 2027)).toBe(252);
  });
});

describe('admin edits (extraExceptions) override the shipped calendar for the same date', () => {
  const edited = calendarFor('RU', [
    { date: '2026-12-31', kind: 'working', note: 'admin: decree changed' },
    { date: '2027-05-10', kind: 'non_working', note: 'admin: 2027 decree transfer' },
  ]);

  it.each([
    ['2026-12-31', true],
    ['2027-05-10', false],
    ['2026-12-30', true],
  ])('%s working: %s', (date, working) => {
    expect(isWorkingDay(edited, date)).toBe(working);
  });

  it('totals follow the edits; the default calendar is unchanged', () => {
    expect(countWorkingDays(edited, 2026)).toBe(248);
    expect(countWorkingDays(ru, 2026)).toBe(247);
  });

  it('an edit can override a rule-computed holiday too (Bulgarian Easter Monday)', () => {
    const bgEdited = calendarFor('BG', [{ date: '2025-04-21', kind: 'working' }]);
    expect(isWorkingDay(bgEdited, '2025-04-21')).toBe(true);
  });
});

describe('Bulgaria: Labour Code art. 154 with Orthodox Easter and weekend transfers', () => {
  it.each([
    ['2025-04-18', false, 'Good Friday'],
    ['2025-04-21', false, 'Easter Monday'],
    ['2025-04-22', true, 'the Tuesday after Easter'],
    ['2024-05-03', false, 'Good Friday 2024'],
    ['2024-05-06', false, "Easter Monday and St George's Day on the same day: no extra day"],
    ['2024-05-07', true, 'so the Tuesday works'],
    ['2024-03-04', false, 'Sun 3 Mar 2024 moves to Monday'],
    ['2024-09-23', false, 'Sun 22 Sep 2024 moves to Monday'],
    ['2025-05-26', false, 'Sat 24 May 2025 moves to Monday'],
    ['2025-09-08', false, 'Sat 6 Sep 2025 moves to Monday'],
    ['2025-03-03', false, 'Liberation Day'],
    ['2026-01-01', false, 'New Year'],
    ['2026-01-02', true, 'a Friday: bridge days come by decree, entered by an admin'],
    ['2027-12-27', false, 'Sat 25 Dec 2027 moves to Monday'],
    ['2027-12-28', false, 'Sun 26 Dec 2027 moves to Tuesday'],
    ['2025-11-01', false, 'a Saturday (Enlighteners Day is a school holiday only)'],
    ['2025-11-03', true, 'the Monday after it works'],
  ])('%s working: %s (%s)', (date, working) => {
    expect(isWorkingDay(bg, date)).toBe(working);
  });

  it.each([
    ['2025-04-18', '2025-04-22'],
    ['2026-01-01', '2026-01-02'],
    ['2025-05-24', '2025-05-27'],
  ])('L2: due %s is effectively due %s', (due, effective) => {
    expect(effectiveDueDate(bg, due)).toBe(effective);
  });
});

describe('Ukraine: weekends only while martial law suspends the holidays (Law No 2136-IX)', () => {
  it.each([
    ['2026-01-01', true, 'New Year is a working day'],
    ['2025-12-25', true, 'Christmas is a working day'],
    ['2025-08-25', true, 'Sun 24 Aug (Independence Day) is not transferred'],
    ['2025-04-21', true, 'the Monday after Easter works'],
    ['2025-08-24', false, 'a Sunday is still a Sunday'],
  ])('%s working: %s (%s)', (date, working) => {
    expect(isWorkingDay(ua, date)).toBe(working);
  });

  it('counts weekdays only', () => {
    expect(countWorkingDays(ua, 2025)).toBe(261);
    expect(effectiveDueDate(ua, '2026-01-01')).toBe('2026-01-01');
  });
});

describe('any other country: Saturday and Sunday only', () => {
  it.each([
    ['2025-12-25', true],
    ['2025-11-01', false],
  ])('%s working: %s', (date, working) => {
    expect(isWorkingDay(generic, date)).toBe(working);
  });

  it.each([
    ['2025-11-01', '2025-11-03'],
    ['2026-01-01', '2026-01-01'],
  ])('L2: due %s is effectively due %s', (due, effective) => {
    expect(effectiveDueDate(generic, due)).toBe(effective);
  });

  it('country codes are case-insensitive and reported in upper case', () => {
    expect(calendarFor('ru').country).toBe('RU');
    expect(countWorkingDays(calendarFor('ru'), 2025)).toBe(247);
    expect(calendarFor('us').country).toBe('US');
  });

  it.each(['Russia', '', 'R1'])('rejects country %j, naming it', (country) => {
    expect(() => calendarFor(country)).toThrow(`"${country}"`);
  });
});
