import { describe, expect, it } from 'vitest';
import { emptyDraft, followUpDate, planErrors, promiseErrors, splitIntoInstalments, stageErrors, suggestedOutcome, type CallDraft } from './callDraft.ts';
import { outcomeBody } from './outcomeBody.ts';

const TODAY = '2025-12-11';
const draft = (patch: Partial<CallDraft>): CallDraft => ({ ...emptyDraft(), goal: 'payment_date', tactic: 'firm_demand', reached: 'decision_maker', ...patch });

describe('N3: a promise is a date and an amount', () => {
  it('refuses a promise without a date, without an amount, or with neither', () => {
    expect(promiseErrors({ date: '', amount: '155000.50' }, TODAY)).toEqual({ date: 'errors.promiseDateRequired' });
    expect(promiseErrors({ date: '2025-12-19', amount: '' }, TODAY)).toEqual({ amount: 'errors.promiseAmountRequired' });
    expect(Object.keys(promiseErrors({ date: '', amount: ' ' }, TODAY))).toEqual(['date', 'amount']);
  });

  it('refuses a date in the past and an amount that is not money', () => {
    expect(promiseErrors({ date: '2025-12-10', amount: '0' }, TODAY)).toEqual({ date: 'errors.dateInPast', amount: 'errors.badAmount' });
    expect(promiseErrors({ date: '2025-12-19', amount: '155000.50' }, TODAY)).toEqual({});
  });

  it('a plan is at least two instalments, each complete, in date order', () => {
    expect(planErrors([{ date: '2025-12-19', amount: '100' }], TODAY)).toEqual({ plan: 'errors.planTooShort' });
    expect(planErrors([{ date: '2026-01-19', amount: '100' }, { date: '2025-12-19', amount: '' }], TODAY))
      .toEqual({ 'plan.1.amount': 'errors.promiseAmountRequired', 'plan.1.date': 'errors.planOrder' });
  });
});

describe('the stages of the call (S1–S5)', () => {
  it('S1: no dialling before the goal and the tactic are chosen', () => {
    expect(stageErrors('preparation', emptyDraft(), TODAY)).toEqual({ goal: 'errors.goalRequired', tactic: 'errors.tacticRequired' });
    expect(stageErrors('preparation', draft({}), TODAY)).toEqual({});
  });

  it('S2: a callback needs the exact day and time; a stand-in needs a name', () => {
    expect(stageErrors('entering', draft({ reached: 'callback' }), TODAY)).toEqual({ callbackDate: 'errors.callbackDateRequired', callbackTime: 'errors.callbackTimeRequired' });
    expect(stageErrors('entering', draft({ reached: 'callback', callbackDate: '2025-12-12', callbackTime: '14:30' }), TODAY)).toEqual({});
    expect(stageErrors('entering', draft({ reached: 'stand_in' }), TODAY)).toEqual({ standInName: 'errors.standInRequired' });
  });

  it('S4 and S5 check the promise again: nothing vague is saved', () => {
    const vague = draft({ result: 'promise', promise: { date: '2025-12-19', amount: '' } });
    expect(stageErrors('leaving', vague, TODAY)).toHaveProperty('amount');
    expect(stageErrors('analysis', vague, TODAY)).toHaveProperty('amount');
  });

  it('R8: "no money" leads to instalments, which must be a complete plan', () => {
    expect(stageErrors('contact', draft({ result: 'no_money' }), TODAY)).toEqual({ plan: 'errors.planTooShort' });
    expect(suggestedOutcome(draft({ result: 'no_money' }))).toBe('promise');
  });

  it('S5: the outcome follows from what was captured; the follow-up is the day after the promised date', () => {
    expect(suggestedOutcome(draft({ reached: 'callback' }))).toBe('callback');
    expect(suggestedOutcome(draft({ result: 'dispute' }))).toBe('dispute');
    expect(followUpDate(draft({ result: 'promise', promise: { date: '2025-12-19', amount: '10' } }))).toBe('2025-12-20');
  });
});

describe('instalments split the debt exactly, in kopecks', () => {
  it('155000.50 in 3 monthly parts, the remainder on the first', () => {
    const plan = splitIntoInstalments('155000.50', 3, '2025-12-18');
    expect(plan).toEqual([
      { date: '2025-12-18', amount: '51666.84' }, { date: '2026-01-18', amount: '51666.83' }, { date: '2026-02-18', amount: '51666.83' },
    ]);
  });
});

describe('what the call screen sends', () => {
  it('a promise with goal, tactic and the confirmation (P13)', () => {
    const body = outcomeBody(draft({ result: 'promise', promise: { date: '2025-12-19', amount: '155000.50' }, note: ' ok ' }), { version: 3 }, 'RUB', 'Asia/Yekaterinburg');
    expect(body).toEqual({
      version: 3, outcome: 'promise', goal: 'payment_date', tactic: 'firm_demand', goalReached: true, note: 'ok',
      promise: { promisedDate: '2025-12-19', amount: '155000.50', currency: 'RUB' }, sendConfirmation: true,
    });
  });

  it('a callback at an exact time in the customer\'s zone, nothing else', () => {
    const body = outcomeBody(draft({ reached: 'callback', callbackDate: '2025-12-12', callbackTime: '14:30', result: 'promise' }), { version: 1 }, 'RUB', 'Asia/Yekaterinburg');
    expect(body).toEqual({ version: 1, outcome: 'callback', goal: 'payment_date', tactic: 'firm_demand', goalReached: false, callbackAt: '2025-12-12T14:30:00+05:00' });
  });

  it('a plan and a meeting with a reconciliation act', () => {
    const plan = [{ date: '2025-12-19', amount: '100.00' }, { date: '2026-01-19', amount: '50.50' }];
    const body = outcomeBody(draft({ goal: 'schedule', result: 'plan', plan, meeting: { wanted: true, date: '2025-12-16', time: '11:00', place: 'office', reconciliationAct: true } }), { version: 1 }, 'RUB', 'Europe/Moscow');
    expect(body.plan).toEqual({ instalments: plan, currency: 'RUB' });
    expect(body.meeting).toEqual({ at: '2025-12-16T11:00:00+03:00', place: 'office', reconciliationAct: true });
    expect(body.goalReached).toBe(true);
  });
});
