import { describe, expect, it } from 'vitest';
import { calendarFor, formatInstantWithOffset, localDateTimeToInstant, type BusinessCalendar } from '../calendar/index.ts';
import { checkTouch } from './check-touch.ts';
import { DEFAULT_CONTACT_POLICY, INDIVIDUALS_230FZ } from './presets.ts';
import type { Channel, ContactPolicy, Touch, TouchCheck } from './types.ts';

const MSK = 'Europe/Moscow';
const ru = calendarFor('RU');
const at = (date: string, time: string, tz = MSK) => localDateTimeToInstant(date, time, tz);

/** 'HH:MM–HH:MM' in the customer's zone (with the date when it is not `date`), or the refusing rule. */
function shown(r: TouchCheck, tz: string): string {
  if (!r.allowed) return r.rule;
  return `${formatInstantWithOffset(r.window.start, tz)} … ${formatInstantWithOffset(r.window.end, tz)}`;
}

function propose(
  policy: ContactPolicy,
  window: [Date, Date],
  opts: { channel?: Channel; history?: Touch[]; tz?: string; calendar?: BusinessCalendar } = {},
): TouchCheck {
  const tz = opts.tz ?? MSK;
  return checkTouch(policy, opts.calendar ?? ru, tz, opts.history ?? [], {
    channel: opts.channel ?? 'call',
    window: { start: window[0], end: window[1] },
  });
}

describe('230-FZ: the window is clipped to the allowed local hours', () => {
  it.each([
    ['a 07:00–10:00 window on a working day becomes 08:00–10:00', '2025-03-14', '07:00', '10:00', 'call', '2025-03-14T08:00:00+03:00 … 2025-03-14T10:00:00+03:00'],
    ['21:00–23:00 on a working day becomes 21:00–22:00', '2025-03-14', '21:00', '23:00', 'sms', '2025-03-14T21:00:00+03:00 … 2025-03-14T22:00:00+03:00'],
    ['22:30–23:30 on a working day is refused', '2025-03-14', '22:30', '23:30', 'call', 'quiet-hours'],
    ['a Saturday 07:00–21:00 allows 09:00–20:00 only', '2025-03-15', '07:00', '21:00', 'email', '2025-03-15T09:00:00+03:00 … 2025-03-15T20:00:00+03:00'],
    ['a Saturday 08:00–09:00 is refused (working-day hours would allow it)', '2025-03-15', '08:00', '09:00', 'call', 'quiet-hours'],
    ['the holiday Thursday 2025-05-08: 08:00–10:00 becomes 09:00–10:00', '2025-05-08', '08:00', '10:00', 'call', '2025-05-08T09:00:00+03:00 … 2025-05-08T10:00:00+03:00'],
    ['a letter at 23:00 is not bound', '2025-03-14', '23:00', '23:30', 'letter', '2025-03-14T23:00:00+03:00 … 2025-03-14T23:30:00+03:00'],
  ] as const)('%s', (_name, date, from, to, channel, expected) => {
    expect(shown(propose(INDIVIDUALS_230FZ, [at(date, from), at(date, to)], { channel }), MSK)).toBe(expected);
  });

  it('the refusal names the hours, the zone and the window', () => {
    const r = propose(INDIVIDUALS_230FZ, [at('2025-03-14', '22:30'), at('2025-03-14', '23:30')]);
    expect(r).toEqual({
      allowed: false,
      rule: 'quiet-hours',
      reason:
        'Private individuals (230-FZ art. 7): no call in quiet hours (working days 22:00–08:00, days off 20:00–09:00, ' +
        'local time in Europe/Moscow); the window 2025-03-14 22:30 – 2025-03-14 23:30 lies entirely inside them',
    });
  });
});

describe('windows over midnight: each local date has its own hours and its own caps', () => {
  const friNightToSat: [Date, Date] = [at('2025-03-14', '21:00'), at('2025-03-15', '10:00')];

  it.each([
    ['230-FZ, nothing yet: the Friday evening part', INDIVIDUALS_230FZ, [], '2025-03-14T21:00:00+03:00 … 2025-03-14T22:00:00+03:00'],
    ['230-FZ, a call on Friday already: the Saturday morning part', INDIVIDUALS_230FZ, ['2025-03-14'], '2025-03-15T09:00:00+03:00 … 2025-03-15T10:00:00+03:00'],
    ['230-FZ, calls on both days: the earliest part’s cap', INDIVIDUALS_230FZ, ['2025-03-14', '2025-03-15'], 'calls-per-day'],
    ['default, nothing yet: the window stays whole', DEFAULT_CONTACT_POLICY, [], '2025-03-14T21:00:00+03:00 … 2025-03-15T10:00:00+03:00'],
    ['default, a call on Friday: from Saturday 00:00', DEFAULT_CONTACT_POLICY, ['2025-03-14'], '2025-03-15T00:00:00+03:00 … 2025-03-15T10:00:00+03:00'],
    ['default, a call on Saturday: until Friday 24:00', DEFAULT_CONTACT_POLICY, ['2025-03-15'], '2025-03-14T21:00:00+03:00 … 2025-03-15T00:00:00+03:00'],
  ] as const)('%s', (_name, policy, callDates, expected) => {
    const history = callDates.map((d) => ({ channel: 'call' as const, at: at(d, '12:00') }));
    expect(shown(propose(policy, friNightToSat, { history }), MSK)).toBe(expected);
  });
});

describe('time zones far from Moscow: the customer’s clock and calendar decide', () => {
  it.each([
    ['Kamchatka, Friday 21:00–23:00 local (12:00–14:00 MSK): until 22:00', 'Asia/Kamchatka', '2025-03-14T09:00:00Z', '2025-03-14T11:00:00Z', '2025-03-14T21:00:00+12:00 … 2025-03-14T22:00:00+12:00'],
    ['Kamchatka, Saturday 19:00–21:00 local (10:00–12:00 MSK): until 20:00', 'Asia/Kamchatka', '2025-03-15T07:00:00Z', '2025-03-15T09:00:00Z', '2025-03-15T19:00:00+12:00 … 2025-03-15T20:00:00+12:00'],
    ['Vladivostok, Monday 08:00–10:00 local (01:00–03:00 MSK): whole', 'Asia/Vladivostok', '2025-03-16T22:00:00Z', '2025-03-17T00:00:00Z', '2025-03-17T08:00:00+10:00 … 2025-03-17T10:00:00+10:00'],
    ['Moscow, the same instants (01:00–03:00 MSK): refused', MSK, '2025-03-16T22:00:00Z', '2025-03-17T00:00:00Z', 'quiet-hours'],
  ])('%s', (_name, tz, start, end, expected) => {
    expect(shown(propose(INDIVIDUALS_230FZ, [new Date(start), new Date(end)], { tz }), tz)).toBe(expected);
  });

  it('Vladivostok: a call at 09:30 local (23:30Z the day before) fills the local day of an 11:00 call', () => {
    const history: Touch[] = [{ channel: 'call', at: new Date('2025-03-14T23:30:00Z') }];
    const r = propose(DEFAULT_CONTACT_POLICY, [new Date('2025-03-15T01:00:00Z'), new Date('2025-03-15T02:00:00Z')], { history, tz: 'Asia/Vladivostok' });
    expect(shown(r, 'Asia/Vladivostok')).toBe('calls-per-day');
  });

  it('Vladivostok: 23:00 and 01:00 local are different local days though the same UTC date', () => {
    const history: Touch[] = [{ channel: 'call', at: new Date('2025-03-14T13:00:00Z') }];
    const r = propose(DEFAULT_CONTACT_POLICY, [new Date('2025-03-14T15:00:00Z'), new Date('2025-03-14T16:00:00Z')], { history, tz: 'Asia/Vladivostok' });
    expect(r.allowed).toBe(true);
  });
});

describe('DST change days', () => {
  const NY = 'America/New_York';
  const us = calendarFor('US');
  it.each([
    ['Saturday 2025-03-08 (EST): from 09:00 = 14:00Z', '2025-03-08T05:00:00Z', '2025-03-08T16:00:00Z', '2025-03-08T14:00:00.000Z'],
    ['Sunday 2025-03-09, spring forward: from 09:00 EDT = 13:00Z', '2025-03-09T05:00:00Z', '2025-03-09T15:00:00Z', '2025-03-09T13:00:00.000Z'],
    ['Monday 2025-03-10 (EDT, working): from 08:00 = 12:00Z', '2025-03-10T04:00:00Z', '2025-03-10T15:00:00Z', '2025-03-10T12:00:00.000Z'],
  ])('New York under 230-FZ hours, %s', (_name, start, end, expectedStart) => {
    const r = propose(INDIVIDUALS_230FZ, [new Date(start), new Date(end)], { tz: NY, calendar: us });
    expect(r.allowed && r.window.start.toISOString()).toBe(expectedStart);
  });

  it('Sofia, 2025-10-26 (25 hours): calls at 00:30 EEST and 23:30 EET, 24 hours apart, share one local day', () => {
    const history: Touch[] = [{ channel: 'call', at: new Date('2025-10-25T21:30:00Z') }];
    const r = propose(DEFAULT_CONTACT_POLICY, [new Date('2025-10-26T21:30:00Z'), new Date('2025-10-26T21:45:00Z')], {
      history,
      tz: 'Europe/Sofia',
      calendar: calendarFor('BG'),
    });
    expect(shown(r, 'Europe/Sofia')).toBe('calls-per-day');
  });
});

describe('bad input is a DomainError naming the field', () => {
  it.each([
    ['an empty window', () => propose(DEFAULT_CONTACT_POLICY, [at('2025-03-14', '10:00'), at('2025-03-14', '10:00')]), /window: start must be before end/],
    ['an invalid date', () => propose(DEFAULT_CONTACT_POLICY, [new Date('nope'), at('2025-03-14', '10:00')]), /window.start/],
    ['an unknown zone', () => propose(DEFAULT_CONTACT_POLICY, [at('2025-03-14', '10:00'), at('2025-03-14', '11:00')], { tz: 'Mars/Olympus' }), /timeZone/],
    ['a window of two years', () => propose(DEFAULT_CONTACT_POLICY, [at('2025-01-01', '10:00'), at('2027-01-01', '10:00')]), /window: spans more than 366/],
  ])('%s', (_name, run, message) => {
    expect(run).toThrow(message);
  });
});
