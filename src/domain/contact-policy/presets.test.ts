import { describe, expect, it } from 'vitest';
import { CONTACT_POLICIES, DEFAULT_CONTACT_POLICY, INDIVIDUALS_230FZ } from './presets.ts';

describe('the shipped contact policies', () => {
  it('businesses: 1 call and 1 message a day, no week or month caps, no quiet hours, vary after 3, touch every 5', () => {
    expect(DEFAULT_CONTACT_POLICY).toEqual({
      code: 'default',
      name: 'Businesses: one call and one message a day',
      calls: { perDay: 1 },
      messages: { perDay: 1 },
      varyAfterSameChannel: 3,
      touchEveryBusinessDays: 5,
    });
  });

  it('private individuals, 230-FZ art. 7: calls 1/2/8, messages 2/4/16, quiet 22–08 working days and 20–09 days off', () => {
    expect(INDIVIDUALS_230FZ.calls).toEqual({ perDay: 1, perWeek: 2, perMonth: 8 });
    expect(INDIVIDUALS_230FZ.messages).toEqual({ perDay: 2, perWeek: 4, perMonth: 16 });
    expect(INDIVIDUALS_230FZ.quietHours).toEqual({
      workingDay: { from: '22:00', to: '08:00' },
      dayOff: { from: '20:00', to: '09:00' },
    });
    expect([INDIVIDUALS_230FZ.varyAfterSameChannel, INDIVIDUALS_230FZ.touchEveryBusinessDays]).toEqual([3, 5]);
  });

  it('are listed by code and cannot be changed in place', () => {
    expect(Object.keys(CONTACT_POLICIES)).toEqual(['default', 'individuals-230fz']);
    expect(CONTACT_POLICIES['individuals-230fz']).toBe(INDIVIDUALS_230FZ);
    expect(() => {
      (INDIVIDUALS_230FZ.calls as { perDay?: number }).perDay = 5;
    }).toThrow(TypeError);
    expect(Object.isFrozen(INDIVIDUALS_230FZ.quietHours?.dayOff)).toBe(true);
  });
});
