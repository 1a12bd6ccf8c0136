import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../src/actions/build-letter.ts';
import { createApiToken } from '../src/actions/create-api-token.ts';
import { createUser } from '../src/actions/create-user.ts';
import { checkConduct, isBlocked } from '../src/domain/conduct/index.ts';
import { defaultScript, SCRIPT_STEPS, scriptText } from '../src/domain/call-scripts/index.ts';
import { LANGUAGES } from '../src/domain/fields.ts';
import { bootApp, type TestApp, type TestUser } from './helpers/test-app.ts';

/**
 * The collector's workspace through the API (L8, S1–S5, D1, P13): Today, the week, the iCalendar feed,
 * the customer file, the debtor type, call scripts, the five-stage call outcome, the managers' dashboard.
 */
let t: TestApp;
let customerId: string;
let otherCustomerId: string;
let other: TestUser;

beforeAll(async () => {
  t = await bootApp('2025-12-11T06:00:00Z');
  const company = (await t.as('admin', { method: 'POST', url: '/api/v1/companies', payload: { legalName: 'ООО Продавец', country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru' } })).json();
  const mk = async (legalName: string, collectorId: string) => (await t.as('manager', { method: 'POST', url: '/api/v1/customers', payload: {
    companyId: company.id, legalName, country: 'RU', timeZone: 'Asia/Yekaterinburg', language: 'ru', collectorId, riskClass: 'C', paymentOrdering: 'salaries, taxes, then suppliers by age',
  } })).json().id as string;
  const { user } = await createUser(t.database.db, { email: 'other@example.test', name: 'Other collector', role: 'collector', password: 'other-password-123' }, { actor: 'test', at: t.clock() });
  other = { id: user.id, email: user.email, role: 'collector', password: '', token: (await createApiToken(t.database.db, user.email, 'other', { actor: 'test', at: t.clock() })).secret };
  customerId = await mk('ООО "Должник", Урал; филиал', t.users.collector.id);
  otherCustomerId = await mk('АО Чужой', other.id);
  await t.as('manager', { method: 'POST', url: '/api/v1/contacts', payload: { customerId, name: 'Иван Петров', role: 'cfo', decidesOnPayments: true, phones: { work: '+7 343 000-00-00', mobile: '+7 900 000-00-00' }, emails: { work: 'cfo@dolzhnik.example' } } });
  await t.as('manager', { method: 'POST', url: '/api/v1/contacts', payload: { customerId, name: 'Мария Сидорова', role: 'chief_accountant' } });
  for (const [cid, number, due, amount] of [[customerId, 'W-1', '2025-12-10', '150000.00'], [customerId, 'W-2', '2025-11-20', '5000.00'], [otherCustomerId, 'X-1', '2025-11-20', '700.00']] as const) {
    await t.as('manager', { method: 'POST', url: '/api/v1/invoices', payload: { customerId: cid, number, issueDate: '2025-10-01', dueDate: due, amount, currency: 'RUB' } });
  }
  await t.as('manager', { method: 'POST', url: '/api/v1/runs', payload: { asOf: '2025-12-11' } });
});
afterAll(() => t.close());

const run = (asOf: string) => t.as('manager', { method: 'POST', url: '/api/v1/runs', payload: { asOf } });
const today = async (date: string, who: TestUser | 'collector' = 'collector') => (await t.as(who, { method: 'GET', url: `/api/v1/workspace/today?date=${date}` })).json();

describe('my settings', () => {
  it('a user sets their own interface language and time zone', async () => {
    const res = await t.as('collector', { method: 'PATCH', url: '/api/v1/auth/me', payload: { language: 'uk', timeZone: 'Europe/Kyiv' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ language: 'uk', timeZone: 'Europe/Kyiv', role: 'collector' });
    expect((await t.as('collector', { method: 'GET', url: '/api/v1/auth/me' })).json()).toMatchObject({ language: 'uk', timeZone: 'Europe/Kyiv' });
    const audit = await t.database.pool.query(`select before, after from audit_log where entity = 'users' and entity_id = $1 and action = 'update'`, [t.users.collector.id]);
    expect(audit.rows).toEqual([{ before: { language: 'ru', timeZone: 'Europe/Moscow' }, after: { language: 'uk', timeZone: 'Europe/Kyiv' } }]); // no secrets in the audit
    const bad = await t.as('collector', { method: 'PATCH', url: '/api/v1/auth/me', payload: { language: 'de', timeZone: 'Mars/Olympus' } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['language', 'timeZone']);
  });
});

describe('Today (L8)', () => {
  it('shows each call window in the customer\'s time and in the collector\'s own', async () => {
    const day = await today('2025-12-11');
    expect(day.timeZone).toBe('Europe/Kyiv');
    expect(day.items).toHaveLength(1);
    expect(day.items[0]).toMatchObject({
      customerId, overdueAmount: '155000.00', daysOverdue: 21, invoiceNumbers: ['W-2', 'W-1'],
      windowStart: '2025-12-11T10:00:00+05:00', collectorWindowStart: '2025-12-11T07:00:00+02:00', collectorWindowEnd: '2025-12-11T14:00:00+02:00',
    });
  });

  it('a collector sees only their own day, whoever they ask for; a manager picks the collector', async () => {
    const mine = await t.as('collector', { method: 'GET', url: `/api/v1/workspace/today?date=2025-12-11&assigneeId=${other.id}` });
    expect(mine.json().items.map((i: { customerId: string }) => i.customerId)).toEqual([customerId]);
    expect((await today('2025-12-11', other)).items.map((i: { customerId: string }) => i.customerId)).toEqual([otherCustomerId]);
    const managed = await t.as('manager', { method: 'GET', url: `/api/v1/workspace/today?date=2025-12-11&assigneeId=${other.id}` });
    expect(managed.json().items.map((i: { customerId: string }) => i.customerId)).toEqual([otherCustomerId]);
    expect(managed.json().timeZone).toBe('Europe/Moscow'); // the other collector's zone (the default)
    expect((await t.as('viewer', { method: 'GET', url: '/api/v1/workspace/today' })).statusCode).toBe(403);
  });

  it('overdue tasks come first', async () => {
    const day = await today('2025-12-12');
    expect(day.items[0]).toMatchObject({ overdueTask: true, dueDate: '2025-12-11' });
  });
});

describe('the week and the iCalendar feed (L8)', () => {
  it('lists the tasks of a date range', async () => {
    const week = (await t.as('collector', { method: 'GET', url: '/api/v1/workspace/calendar?from=2025-12-08&to=2025-12-14' })).json();
    expect(week.items).toEqual([expect.objectContaining({ customerId, dueDate: '2025-12-11', status: 'open', balance: '155000.00', currency: 'RUB', collectorWindowStart: '2025-12-11T07:00:00+02:00' })]);
    const bad = await t.as('collector', { method: 'GET', url: '/api/v1/workspace/calendar?from=2025-12-14&to=2025-12-08' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('to');
  });

  it('serves an RFC 5545 feed by a secret URL; rotating the secret retires the old URL', async () => {
    const res = await t.as('collector', { method: 'POST', url: '/api/v1/workspace/calendar-feed' });
    const url = new URL(res.json().url);
    expect(url.pathname).toMatch(/^\/ical\/cal_[\w-]+\.ics$/);
    const feed = await t.app.inject({ method: 'GET', url: url.pathname });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const raw = feed.body;
    expect(raw.endsWith('\r\n')).toBe(true);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const events = parseICalendar(raw);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ DTSTART: '20251211T050000Z', DTEND: '20251211T120000Z' });
    expect(events[0]!.SUMMARY).toBe('L4 call: ООО "Должник", Урал; филиал — 155000.00 RUB'); // unescaped back
    expect(raw).toContain('Урал\\; филиал');
    const again = parseICalendar((await t.app.inject({ method: 'GET', url: url.pathname })).body);
    expect(again[0]!.UID).toBe(events[0]!.UID); // stable per task
    await t.as('collector', { method: 'POST', url: '/api/v1/workspace/calendar-feed' });
    expect((await t.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
    const { rows } = await t.database.pool.query('select calendar_token_hash from users where id = $1', [t.users.collector.id]);
    expect(rows[0].calendar_token_hash).toMatch(/^[0-9a-f]{64}$/); // only the hash is stored
  });
});

describe('the customer file (S1, D1, P8, P9, P12)', () => {
  it('has the debt to the kopeck, the oldest days overdue, who decides, contacts, invoices with their step and next action, the timeline', async () => {
    const res = await t.as('collector', { method: 'GET', url: `/api/v1/customers/${customerId}/file` });
    expect(res.statusCode).toBe(200);
    const file = res.json();
    expect(file.header).toMatchObject({
      legalName: 'ООО "Должник", Урал; филиал', riskClass: 'C', paymentOrdering: 'salaries, taxes, then suppliers by age', debtorType: null,
      debt: [{ currency: 'RUB', total: '155000.00', overdue: '155000.00' }], oldestDaysOverdue: 21, decisionMaker: { name: 'Иван Петров', role: 'cfo' },
    });
    expect(file.header.suggestion).toHaveProperty('debtorType');
    expect(file.contacts.map((c: { name: string }) => c.name)).toEqual(['Иван Петров', 'Мария Сидорова']);
    expect(file.contacts[0].phones).toEqual({ work: '+7 343 000-00-00', mobile: '+7 900 000-00-00' });
    expect(file.invoices.map((i: { number: string; balance: string }) => [i.number, i.balance])).toEqual([['W-2', '5000.00'], ['W-1', '150000.00']]);
    expect(file.invoices[1]).toMatchObject({ ladderStep: 'L4', daysOverdue: 1, nextAction: { stepCode: 'L4', channel: 'call', dueDate: '2025-12-11' } });
    expect(file.timeline.map((e: { kind: string }) => e.kind)).toContain('invoice');
    expect((await t.as('collector', { method: 'GET', url: `/api/v1/customers/${otherCustomerId}/file` })).statusCode).toBe(403);
  });

  it('a person sets the debtor type with a note; it is audited', async () => {
    const res = await t.as('collector', { method: 'PUT', url: `/api/v1/customers/${customerId}/debtor-type`, payload: { debtorType: 'delays', note: 'pays after the 3rd reminder' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ debtorType: 'delays', note: 'pays after the 3rd reminder' });
    expect((await t.as('collector', { method: 'GET', url: `/api/v1/customers/${customerId}/file` })).json().header.debtorType).toBe('delays');
    const audit = (await t.as('manager', { method: 'GET', url: `/api/v1/audit?entity=customers&entityId=${customerId}` })).json().items;
    expect(audit.some((a: { after: { debtorType?: string } }) => a.after?.debtorType === 'delays')).toBe(true);
    expect((await t.as('collector', { method: 'PUT', url: `/api/v1/customers/${customerId}/debtor-type`, payload: { debtorType: 'lazy' } })).statusCode).toBe(400);
    expect((await t.as('collector', { method: 'PUT', url: `/api/v1/customers/${otherCustomerId}/debtor-type`, payload: { debtorType: 'avoids' } })).statusCode).toBe(403);
    expect((await t.as('viewer', { method: 'PUT', url: `/api/v1/customers/${customerId}/debtor-type`, payload: { debtorType: 'avoids' } })).statusCode).toBe(403);
  });
});

describe('call scripts (S1–S5, P10, R8)', () => {
  it('ships five stages per step and language that pass the conduct check, never open with an apology, and name the amount and months', () => {
    for (const language of LANGUAGES) {
      for (const step of SCRIPT_STEPS) {
        const script = defaultScript(step, language);
        expect(isBlocked(checkConduct(scriptText(script), language)), `${step}/${language}`).toBe(false);
        expect(script.contact.join(' ')).toContain('{amount}');
        expect(script.contact.join(' ')).toContain('{months}');
      }
    }
  });

  it('fills the placeholders for a customer: the exact amount and the months (S3), the P10 question in L1', async () => {
    const res = await t.as('collector', { method: 'GET', url: `/api/v1/call-scripts?stepCode=L1&language=ru&customerId=${customerId}` });
    expect(res.statusCode).toBe(200);
    const script = res.json();
    expect(Object.keys(script.stages)).toEqual(['preparation', 'entering', 'contact', 'leaving', 'analysis']);
    expect(script.stages.contact[0]).toMatch(/поставка/); // P10: sell yourself again
    expect(script.filled.contact.join('\n')).toContain('155 000,00 руб.');
    expect(script.filled.contact.join('\n')).toMatch(/ноябрь 2025 г\., декабрь 2025 г\./);
    expect(script.filled.entering[1]).toContain('Иван Петров');
    expect(script.filled.contact.join('\n')).toMatch(/частями/); // R8: instalments when there is no money
    expect(script.filled.leaving[0]).toContain('{agreedDate}'); // left for the call screen
    const en = (await t.as('viewer', { method: 'GET', url: '/api/v1/call-scripts?stepCode=L9&language=en' })).json();
    expect(en.stages.contact[0]).toContain('We have not received payment for {months}');
  });

  it('a manager edits a script; an apology opening is refused (S2); a collector may not edit', async () => {
    const stages = { ...defaultScript('L2', 'ru'), entering: ['Добрый день, это {collectorName}, компания {companyName}.'] };
    const ok = await t.as('manager', { method: 'PUT', url: '/api/v1/call-scripts/L2/ru', payload: stages });
    expect(ok.statusCode).toBe(200);
    expect((await t.as('collector', { method: 'GET', url: '/api/v1/call-scripts?stepCode=L2&language=ru' })).json()).toMatchObject({ edited: true, stages: { entering: stages.entering } });
    const sorry = await t.as('manager', { method: 'PUT', url: '/api/v1/call-scripts/L2/ru', payload: { ...stages, entering: ['Извините за беспокойство, это {collectorName}.'] } });
    expect(sorry.statusCode).toBe(400);
    expect(sorry.json().error.fields.stages).toMatch(/apology/);
    expect((await t.as('collector', { method: 'PUT', url: '/api/v1/call-scripts/L2/ru', payload: stages })).statusCode).toBe(403);
  });
});

describe('the five-stage call outcome (S1–S5, N3, P13)', () => {
  it('records goal, tactic and result, the promise with its confirmation, and when the follow-up call comes', async () => {
    const [task] = (await today('2025-12-11')).items;
    const vague = await t.as('collector', { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: { version: task.version, outcome: 'promise', promise: { amount: '155000.00', currency: 'RUB' }, sendConfirmation: true } });
    expect(vague.statusCode).toBe(400); // N3: no date, no promise
    const res = await t.as('collector', { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: {
      version: task.version, outcome: 'promise', goal: 'payment_date', tactic: 'firm, name the amount', goalReached: true,
      promise: { promisedDate: '2025-12-17', amount: '155000.00', currency: 'RUB' }, sendConfirmation: true, note: 'CFO confirmed',
    } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'done', outcome: 'promise', call: { goal: 'payment_date', tactic: 'firm, name the amount', goalReached: true, confirmationQueued: true },
      promise: { promisedDate: '2025-12-17', amount: '155000.00', currency: 'RUB' }, confirmation: { templateKey: 'letter.promise', status: 'pending' },
      followUp: { date: '2025-12-18', kind: 'broken-promise' }, nextTask: null,
    });
    const { vm } = await buildLetter(t.database.db, { customerId, invoiceIds: await invoiceIds(), kind: 'promise-confirmation', asOf: '2025-12-11', reference: 'T-1' });
    expect(vm.promise).toEqual({ date: '2025-12-17', amount: '155000.00', currency: 'RUB' });
  });

  it('day by day: no call while the promise is in force, the follow-up call the day after the promised date', async () => {
    const seen: Record<string, string[]> = {};
    for (const date of ['2025-12-12', '2025-12-15', '2025-12-16', '2025-12-17', '2025-12-18']) {
      t.clock.set(`${date}T04:00:00Z`);
      expect((await run(date)).statusCode).toBe(200);
      seen[date] = (await today(date)).items.filter((i: { dueDate: string }) => i.dueDate === date).map((i: { kind: string; stepCode: string }) => `${i.kind} ${i.stepCode}`);
    }
    expect(seen).toEqual({ '2025-12-12': [], '2025-12-15': [], '2025-12-16': [], '2025-12-17': [], '2025-12-18': ['broken-promise S5'] });
  });

  it('an instalment plan with a stand-in, a meeting for the reconciliation act, and the plan confirmation', async () => {
    const task = (await today('2025-12-18')).items.find((i: { kind: string }) => i.kind === 'broken-promise');
    const stray = await t.as('collector', { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: { version: task.version, outcome: 'refused', plan: { currency: 'RUB', instalments: [{ date: '2025-12-25', amount: '1.00' }] } } });
    expect(stray.json().error.fields).toHaveProperty('plan');
    const res = await t.as('collector', { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: {
      version: task.version, outcome: 'promise', goal: 'schedule', goalReached: true, standIn: { name: 'Мария Сидорова', role: 'chief_accountant' },
      plan: { currency: 'RUB', instalments: [{ date: '2025-12-25', amount: '55000.00' }, { date: '2026-01-20', amount: '100000.00' }] },
      meeting: { at: '2025-12-22T11:00:00+05:00', place: 'their office', reconciliationAct: true }, sendConfirmation: true,
    } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.plan.instalments.map((p: { promisedDate: string; amount: string }) => `${p.promisedDate} ${p.amount}`)).toEqual(['2025-12-25 55000.00', '2026-01-20 100000.00']);
    expect(body.meetingTask).toMatchObject({ kind: 'meeting', channel: 'meeting', dueDate: '2025-12-22', scriptKey: 'meeting.reconciliation-act', windowStart: '2025-12-22T06:00:00.000Z' });
    expect(body.confirmation).toMatchObject({ templateKey: 'letter.payment-plan' });
    expect(body.call.standIn).toEqual({ name: 'Мария Сидорова', role: 'chief_accountant' });
    expect(body.followUp.date).toBe('2025-12-26');
    const { vm } = await buildLetter(t.database.db, { customerId, invoiceIds: await invoiceIds(), kind: 'payment-plan-confirmation', asOf: '2025-12-18', reference: 'T-2' });
    expect(vm.instalments).toEqual([{ date: '2025-12-25', amount: '55000.00', currency: 'RUB' }, { date: '2026-01-20', amount: '100000.00', currency: 'RUB' }]);
  });

  it('a callback returns the created next task', async () => {
    const [task] = (await today('2025-12-18', other)).items;
    const res = await t.as(other, { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: { version: task.version, outcome: 'callback', callbackAt: '2025-12-19T15:00:00+05:00', standIn: { name: 'Secretary' } } });
    expect(res.json().nextTask).toMatchObject({ kind: 'callback', dueDate: '2025-12-19', windowStart: '2025-12-19T10:00:00.000Z' });
    expect((await t.as('collector', { method: 'POST', url: `/api/v1/tasks/${task.id}/outcome`, payload: { version: 2, outcome: 'no_answer' } })).statusCode).toBe(403);
  });
});

describe('the managers\' dashboard', () => {
  it('has aging buckets, top debtors, promises due this week, and each collector\'s tasks', async () => {
    t.clock.set('2025-12-23T09:00:00Z');
    const res = await t.as('manager', { method: 'GET', url: '/api/v1/dashboard?asOf=2025-12-23' });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.weekStart).toBe('2025-12-22');
    expect(d.totals).toEqual([expect.objectContaining({ currency: 'RUB', total: '155700.00', overdue: '155700.00', d1to30: '150000.00', d31to60: '5700.00' })]);
    expect(d.topDebtors[0].items[0]).toMatchObject({ customerId, overdue: '155000.00' });
    expect(d.promisesDueThisWeek.map((p: { promisedDate: string; amount: string }) => `${p.promisedDate} ${p.amount}`)).toEqual(['2025-12-25 55000.00']);
    expect(d.promisesBrokenLastWeek.map((p: { promisedDate: string }) => p.promisedDate)).toEqual(['2025-12-17']);
    expect(d.collectors.map((c: { name: string }) => c.name)).toEqual(['Other collector', 'Test collector']);
    expect(d.collectors[1].doneThisWeek).toBeGreaterThanOrEqual(0);
    expect((await t.as('viewer', { method: 'GET', url: '/api/v1/dashboard' })).statusCode).toBe(403);
  });

  it('every new route is in the OpenAPI document', async () => {
    const paths = Object.keys((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json().paths);
    for (const p of ['/api/v1/workspace/today', '/api/v1/workspace/calendar', '/api/v1/workspace/calendar-feed', '/api/v1/customers/{id}/file',
      '/api/v1/customers/{id}/debtor-type', '/api/v1/call-scripts', '/api/v1/call-scripts/{stepCode}/{language}', '/api/v1/dashboard']) expect(paths).toContain(p);
  });
});

async function invoiceIds(): Promise<string[]> {
  const { rows } = await t.database.pool.query('select id from invoices where customer_id = $1', [customerId]);
  return rows.map((r: { id: string }) => r.id);
}

/** A small RFC 5545 reader: unfold continuation lines, split properties, unescape text; one record per VEVENT. */
function parseICalendar(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') { events.push(current!); current = undefined; }
    else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i).split(';')[0]!] = line.slice(i + 1).replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
    }
  }
  return events;
}
