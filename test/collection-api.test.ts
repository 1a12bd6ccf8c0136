import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootApp, type TestApp } from './helpers/test-app.ts';

/** The collector's day through the API: run, worklist, call outcomes, promises, policies and their preview. */
let t: TestApp;
let customerId: string;

beforeAll(async () => {
  t = await bootApp('2025-12-11T06:00:00Z');
  const company = (await t.as('admin', { method: 'POST', url: '/api/v1/companies', payload: { legalName: 'Seller', country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru' } })).json();
  customerId = (await t.as('manager', { method: 'POST', url: '/api/v1/customers', payload: {
    companyId: company.id, legalName: 'ООО Должник', externalId: 'D-1', country: 'RU', timeZone: 'Asia/Yekaterinburg', language: 'ru', collectorId: t.users.collector.id, riskClass: 'C',
  } })).json().id;
  for (const [number, due, amount] of [['W-1', '2025-12-10', '150000.00'], ['W-2', '2025-11-20', '5000.00']] as const) {
    await t.as('manager', { method: 'POST', url: '/api/v1/invoices', payload: { customerId, number, issueDate: '2025-10-01', dueDate: due, amount, currency: 'RUB' } });
  }
});
afterAll(() => t.close());

describe('a run through the API', () => {
  it('a dry run shows the day without writing; the run writes it once', async () => {
    const dry = await t.as('manager', { method: 'POST', url: '/api/v1/runs', payload: { asOf: '2025-12-11', dryRun: true } });

    expect(dry.statusCode).toBe(200);
    const action = dry.json().actions.find((a: { channel: string }) => a.channel === 'call');
    expect(action).toMatchObject({
      date: '2025-12-11', customerId, customerExternalId: 'D-1', invoiceNumbers: ['W-2', 'W-1'], stepCode: 'L4', mode: 'task',
      windowStart: '2025-12-11T10:00:00+05:00', windowEnd: '2025-12-11T17:00:00+05:00',
    });
    expect((await t.as('collector', { method: 'GET', url: '/api/v1/worklist?date=2025-12-11' })).json().items).toEqual([]);
    await t.as('manager', { method: 'POST', url: '/api/v1/runs', payload: { asOf: '2025-12-11' } });
    await t.as('manager', { method: 'POST', url: '/api/v1/runs', payload: { asOf: '2025-12-11' } });
    const list = (await t.as('collector', { method: 'GET', url: '/api/v1/worklist?date=2025-12-11' })).json().items;
    expect(list).toHaveLength(1); // one merged call for both invoices, however often the run is repeated
    expect(list[0]).toMatchObject({ customerName: 'ООО Должник', invoiceNumbers: ['W-2', 'W-1'], overdueAmount: '155000.00', daysOverdue: 21, channel: 'call' });
    expect(list[0].priority).toBeGreaterThan(40);
  });
});

describe('call outcomes', () => {
  it('a callback creates a task at the exact time asked for', async () => {
    const [task] = (await t.as('collector', { method: 'GET', url: '/api/v1/worklist?date=2025-12-11' })).json().items;
    const res = await t.as('collector', { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: { version: task.version, outcome: 'callback', callbackAt: '2025-12-12T14:30:00+05:00', note: 'CFO in a meeting' } });
    expect(res.statusCode).toBe(200);
    const next = (await t.as('collector', { method: 'GET', url: '/api/v1/worklist?date=2025-12-12' })).json().items;
    expect(next).toEqual([expect.objectContaining({ kind: 'callback', windowStart: '2025-12-12T14:30:00+05:00', windowEnd: '2025-12-12T15:00:00+05:00' })]);
  });

  it('no answer retries on the next business day in the same window', async () => {
    const [task] = (await t.as('collector', { method: 'GET', url: '/api/v1/worklist?date=2025-12-12' })).json().items;
    t.clock.set('2025-12-12T10:00:00Z'); // Friday
    await t.as('collector', { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: { version: task.version, outcome: 'no_answer' } });
    const monday = (await t.as('collector', { method: 'GET', url: '/api/v1/worklist?date=2025-12-15' })).json().items;
    expect(monday).toEqual([expect.objectContaining({ kind: 'retry', dueDate: '2025-12-15', windowStart: '2025-12-15T14:30:00+05:00' })]);
  });

  it('shows one task with its window in the customer\'s time and its invoices; after the call, its outcome', async () => {
    const [open] = (await t.as('collector', { method: 'GET', url: '/api/v1/worklist?date=2025-12-15' })).json().items;
    const task = (await t.as('collector', { method: 'GET', url: `/api/v1/tasks/${open.id}` })).json();
    expect(task).toMatchObject({ id: open.id, status: 'open', stepCode: open.stepCode, windowStart: open.windowStart, customerTimeZone: 'Asia/Yekaterinburg', invoiceNumbers: open.invoiceNumbers, version: open.version });
    expect(task.windowStart).toMatch(/\+05:00$/);
    expect(task).not.toHaveProperty('dedupeKey');
    expect((await t.as('viewer', { method: 'GET', url: `/api/v1/tasks/${open.id}` })).statusCode).toBe(200);
    expect((await t.as('viewer', { method: 'GET', url: '/api/v1/tasks/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });

  it('a promise needs a date and an amount (N3), and then pauses the ladder', async () => {
    const [task] = (await t.as('collector', { method: 'GET', url: '/api/v1/worklist?date=2025-12-15' })).json().items;
    const vague = await t.as('collector', { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: { version: task.version, outcome: 'promise', promise: { currency: 'RUB', amount: '155000.00' } } });
    expect(vague.statusCode).toBe(400);
    expect(vague.json().error.fields).toHaveProperty('promisedDate');
    const ok = await t.as('collector', { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: { version: task.version, outcome: 'promise', promise: { promisedDate: '2025-12-19', amount: '155000.00', currency: 'RUB' } } });
    expect(ok.statusCode).toBe(200);
    expect((await t.as('collector', { method: 'GET', url: `/api/v1/tasks/${task.id}` })).json()).toMatchObject({ status: 'done', outcome: 'promise', version: task.version + 1 });
    const run = await t.as('manager', { method: 'POST', url: '/api/v1/runs', payload: { asOf: '2025-12-16', dryRun: true } });
    expect(run.json().actions).toEqual([]); // paused by the promise
  });

  it('a collector agrees a payment plan for their own customer, not for someone else\'s (S3, R8)', async () => {
    const plan = { currency: 'RUB', instalments: [{ date: '2026-01-15', amount: '50000.00' }, { date: '2026-02-15', amount: '50000.00' }] };
    const own = await t.as('collector', { method: 'POST', url: '/api/v1/payment-plans', payload: { customerId, ...plan } });
    expect(own.statusCode).toBe(201);
    expect(own.json().instalments).toHaveLength(2);
    const company = (await t.as('admin', { method: 'GET', url: `/api/v1/customers/${customerId}` })).json().companyId;
    const unassigned = (await t.as('manager', { method: 'POST', url: '/api/v1/customers', payload: {
      companyId: company, legalName: 'ООО Чужой', externalId: 'D-2', country: 'RU', timeZone: 'Europe/Moscow', language: 'ru',
    } })).json().id;
    const foreign = await t.as('collector', { method: 'POST', url: '/api/v1/payment-plans', payload: { customerId: unassigned, ...plan } });
    expect(foreign.statusCode).toBe(403);
  });

  it('a collector cannot work another collector\'s customer', async () => {
    const other = await t.as('manager', { method: 'POST', url: '/api/v1/promises', payload: { customerId, promisedDate: '2025-12-30', amount: '1.00', currency: 'RUB' } });
    expect(other.statusCode).toBe(201);
    const res = await t.as('viewer', { method: 'POST', url: '/api/v1/promises', payload: { customerId, promisedDate: '2025-12-30', amount: '1.00', currency: 'RUB' } });
    expect(res.statusCode).toBe(403);
  });
});

describe('policies are data', () => {
  it('previews the standard scale for an invoice due on 2025-11-01 in Vladivostok', async () => {
    const res = await t.as('viewer', { method: 'POST', url: '/api/v1/policies/standard/preview', payload: { dueDate: '2025-11-01', country: 'RU', timeZone: 'Asia/Vladivostok' } });
    const steps = res.json().steps.map((s: { code: string; date: string; windowStart: string }) => `${s.code} ${s.date} ${s.windowStart.slice(11)}`);
    expect(steps).toEqual([
      'L1 2025-10-29 10:00:00+10:00', 'L2 2025-11-01 12:00:00+10:00', 'L3 2025-11-05 09:00:00+10:00', 'L4 2025-11-05 10:00:00+10:00',
      'L5 2025-11-06 10:00:00+10:00', 'L6 2025-11-13 09:00:00+10:00', 'L7 2025-12-15 10:00:00+10:00',
    ]);
  });

  it('an admin saves an edited policy; a bad one is rejected naming the field', async () => {
    const standard = (await t.as('viewer', { method: 'GET', url: '/api/v1/policies/standard' })).json();
    const body = { name: 'Quick', steps: standard.steps.map((s: { code: string; offsetDays: number }) => (s.code === 'L6' ? { ...s, offsetDays: 2 } : s)), minBalance: '100.00', brokenPromisesToClaim: 2 };
    const saved = await t.as('admin', { method: 'PUT', url: '/api/v1/policies/quick', payload: body });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ code: 'quick', minBalanceMinor: '10000', brokenPromisesToClaim: 2 });
    const preview = await t.as('viewer', { method: 'POST', url: '/api/v1/policies/quick/preview', payload: { dueDate: '2025-11-01', country: 'RU', timeZone: 'Europe/Moscow' } });
    expect(preview.json().steps.find((s: { code: string }) => s.code === 'L6').date).toBe('2025-11-10');
    const bad = await t.as('admin', { method: 'PUT', url: '/api/v1/policies/bad', payload: { ...body, steps: [{ ...body.steps[0], window: { from: '18:00', to: '09:00' } }] } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)[0]).toMatch(/^steps\.0\.window/);
  });

  it('a risk class follows the policy assigned to it', async () => {
    const res = await t.as('admin', { method: 'PUT', url: '/api/v1/risk-classes/C/policy', payload: { policyCode: 'strict' } });
    expect(res.json()).toEqual({ riskClass: 'C', policyCode: 'strict' });
    expect((await t.as('admin', { method: 'PUT', url: '/api/v1/risk-classes/C/policy', payload: { policyCode: 'nope' } })).statusCode).toBe(404);
  });

  it('an admin adds a day off to a calendar and it counts', async () => {
    await t.as('admin', { method: 'POST', url: '/api/v1/calendars/RU/exceptions', payload: { date: '2027-01-11', kind: 'non_working', note: 'decree for 2027' } });
    const month = (await t.as('viewer', { method: 'GET', url: '/api/v1/calendars/RU?month=2027-01' })).json();
    expect(month.days.find((d: { date: string }) => d.date === '2027-01-11').working).toBe(false);
  });
});
