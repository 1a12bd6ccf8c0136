import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/domain/access.ts';
import { bootApp, type TestApp } from './helpers/test-app.ts';

/**
 * Every endpoint, every role: who is allowed (the request gets past authorization: any status but 401
 * and 403) and who is denied (403). Written out by hand, so a change to the grants shows up here.
 */
const ALL: Role[] = ['admin', 'manager', 'collector', 'viewer'];
const READERS = ALL;
const WRITERS: Role[] = ['admin', 'manager'];
const ADMIN: Role[] = ['admin'];
const REPORTERS: Role[] = ['admin', 'manager', 'viewer'];
const CONTACT_WRITERS: Role[] = ['admin', 'manager', 'collector'];
const COLLECTORS: Role[] = ['admin', 'manager', 'collector'];

const EXPECTED: Record<string, Role[]> = {
  'POST /api/v1/auth/logout': ALL,
  'GET /api/v1/auth/me': ALL,
  'PATCH /api/v1/auth/me': ALL,
  'POST /api/v1/auth/password': ALL,
  'GET /api/v1/users': ADMIN,
  'POST /api/v1/users': ADMIN,
  'PATCH /api/v1/users/:id': ADMIN,
  'GET /api/v1/companies': READERS,
  'GET /api/v1/companies/:id': READERS,
  'POST /api/v1/companies': ADMIN,
  'PATCH /api/v1/companies/:id': ADMIN,
  'GET /api/v1/customers': READERS,
  'GET /api/v1/customers/:id': READERS,
  'POST /api/v1/customers': WRITERS,
  'PATCH /api/v1/customers/:id': WRITERS,
  'GET /api/v1/customers/:id/balance': READERS,
  'GET /api/v1/contacts': READERS,
  'GET /api/v1/contacts/:id': READERS,
  'POST /api/v1/contacts': CONTACT_WRITERS,
  'PATCH /api/v1/contacts/:id': CONTACT_WRITERS,
  'DELETE /api/v1/contacts/:id': CONTACT_WRITERS,
  'GET /api/v1/contracts': READERS,
  'GET /api/v1/contracts/:id': READERS,
  'POST /api/v1/contracts': WRITERS,
  'PATCH /api/v1/contracts/:id': WRITERS,
  'GET /api/v1/invoices': READERS,
  'GET /api/v1/invoices/:id': READERS,
  'POST /api/v1/invoices': WRITERS,
  'PATCH /api/v1/invoices/:id': WRITERS,
  'POST /api/v1/invoices/:id/write-off': WRITERS,
  'GET /api/v1/payments': READERS,
  'GET /api/v1/payments/:id': READERS,
  'POST /api/v1/payments': WRITERS,
  'GET /api/v1/credit-notes': READERS,
  'GET /api/v1/credit-notes/:id': READERS,
  'POST /api/v1/credit-notes': WRITERS,
  'GET /api/v1/disputes': READERS,
  'POST /api/v1/disputes': WRITERS,
  'POST /api/v1/disputes/:id/resolve': WRITERS,
  'GET /api/v1/reports/aging': REPORTERS,
  'GET /api/v1/audit': WRITERS,
  'POST /api/v1/imports': WRITERS,
  'POST /api/v1/imports/file': WRITERS,
  'GET /api/v1/worklist': COLLECTORS,
  'GET /api/v1/tasks/:id': READERS,
  'POST /api/v1/tasks/:id/outcome': COLLECTORS,
  'POST /api/v1/promises': COLLECTORS,
  'POST /api/v1/payment-plans': COLLECTORS,
  'POST /api/v1/collection-stops': WRITERS,
  'POST /api/v1/runs': WRITERS,
  'GET /api/v1/policies': READERS,
  'GET /api/v1/policies/:code': READERS,
  'PUT /api/v1/policies/:code': WRITERS,
  'POST /api/v1/policies/:code/preview': READERS,
  'PUT /api/v1/risk-classes/:riskClass/policy': WRITERS,
  'GET /api/v1/calendars/:country': READERS,
  'POST /api/v1/calendars/:country/exceptions': WRITERS,
  'GET /api/v1/templates': READERS,
  'PUT /api/v1/templates/:language/:kind': WRITERS,
  'POST /api/v1/templates/:language/:kind/preview': READERS,
  'POST /api/v1/conduct/check': ALL,
  'GET /api/v1/outbox': READERS,
  'POST /api/v1/outbox/:id/release': ADMIN,
  'GET /api/v1/customers/:id/timeline': READERS,
  'POST /api/v1/customers/:id/notes': COLLECTORS,
  'GET /api/v1/customers/:id/documents/:kind.pdf': READERS,
  'POST /api/v1/messages/received': COLLECTORS,
  'GET /api/v1/companies/:id/smtp': ADMIN,
  'PUT /api/v1/companies/:id/smtp': ADMIN,
  'DELETE /api/v1/companies/:id/smtp': ADMIN,
  'GET /api/v1/workspace/today': COLLECTORS,
  'GET /api/v1/workspace/calendar': COLLECTORS,
  'POST /api/v1/workspace/calendar-feed': COLLECTORS,
  'GET /api/v1/customers/:id/file': READERS,
  'PUT /api/v1/customers/:id/debtor-type': COLLECTORS,
  'GET /api/v1/call-scripts': READERS,
  'PUT /api/v1/call-scripts/:stepCode/:language': WRITERS,
  'GET /api/v1/dashboard': WRITERS,
};

let t: TestApp;
beforeAll(async () => { t = await bootApp(); });
afterAll(() => t.close());

const SOME_ID = '00000000-0000-4000-8000-000000000001';

describe('every endpoint with every role', () => {
  it('lists exactly the routes the app serves (a new route must be added here)', () => {
    const served = t.app.routeList.filter((r) => r.access !== 'public' && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`).sort();
    expect(served).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = Object.entries(EXPECTED).flatMap(([route, allowed]) => ALL.map((role) => [route, role, allowed.includes(role)] as const));
  it.each(cases)('%s as %s: allowed=%s', async (route, role, allowed) => {
    const [method, path] = route.split(' ') as [string, string];
    const url = path.replace(':id', SOME_ID).replace(':code', 'standard').replace(':riskClass', 'A').replace(':country', 'RU').replace(':language', 'ru').replace(':kind', 'demand-letter').replace(':stepCode', 'L1');
    const res = await t.as(role, { method: method as 'GET', url, ...(['POST', 'PATCH', 'PUT'].includes(method) ? { payload: {} } : {}) });
    if (allowed) expect([401, 403]).not.toContain(res.statusCode);
    else {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });

  it('answers 401 without credentials and with a revoked or made-up token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/customers' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/customers', headers: { authorization: 'Bearer dbt_madeup' } })).statusCode).toBe(401);
  });
});

describe('a collector works only the customers assigned to them (L9)', () => {
  it('sees and edits contacts of an assigned customer, and gets 403 for anyone else', async () => {
    const company = (await t.as('admin', { method: 'POST', url: '/api/v1/companies', payload: { legalName: 'Seller', country: 'BG', defaultCurrency: 'EUR', defaultLanguage: 'bg' } })).json();
    const mk = async (name: string, collectorId?: string) => (await t.as('manager', { method: 'POST', url: '/api/v1/customers', payload: { companyId: company.id, legalName: name, country: 'BG', timeZone: 'Europe/Sofia', language: 'bg', ...(collectorId && { collectorId }) } })).json();
    const mine = await mk('Mine EOOD', t.users.collector.id);
    const theirs = await mk('Theirs EOOD');
    const list = await t.as('collector', { method: 'GET', url: `/api/v1/customers?companyId=${company.id}` });
    expect(list.json().items.map((c: { legalName: string }) => c.legalName)).toEqual(['Mine EOOD']);
    expect((await t.as('collector', { method: 'GET', url: `/api/v1/customers/${theirs.id}` })).statusCode).toBe(403);
    expect((await t.as('collector', { method: 'POST', url: '/api/v1/contacts', payload: { customerId: mine.id, name: 'Иван', role: 'cfo' } })).statusCode).toBe(201);
    expect((await t.as('collector', { method: 'POST', url: '/api/v1/contacts', payload: { customerId: theirs.id, name: 'Петър', role: 'cfo' } })).statusCode).toBe(403);
  });
});

describe('users', () => {
  it('an admin disables a user: their API token stops working at once', async () => {
    const created = await t.as('admin', { method: 'POST', url: '/api/v1/users', payload: { email: 'leaver@example.test', name: 'Leaver', role: 'viewer' } });
    expect(created.json().oneTimePassword).toBeTruthy();
    const id = created.json().user.id;
    const { createApiToken } = await import('../src/actions/create-api-token.ts');
    const { secret } = await createApiToken(t.database.db, 'leaver@example.test', 'sync', { actor: 'test', at: t.clock() });
    const get = () => t.app.inject({ method: 'GET', url: '/api/v1/customers', headers: { authorization: `Bearer ${secret}` } });
    expect((await get()).statusCode).toBe(200);
    const off = await t.as('admin', { method: 'PATCH', url: `/api/v1/users/${id}`, payload: { version: 1, disabled: true } });
    expect(off.statusCode).toBe(200);
    expect(off.json()).not.toHaveProperty('passwordHash');
    expect((await get()).statusCode).toBe(401);
  });
});

describe('sessions for the web app', () => {
  it('signs in with a password, sets an httpOnly cookie, and limits the login rate', async () => {
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: t.users.viewer.email, password: t.users.viewer.password } });
    expect(ok.statusCode).toBe(200);
    const cookie = ok.cookies.find((c) => c.name === 'debitor_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { debitor_session: cookie.value } });
    expect(me.json()).toMatchObject({ role: 'viewer', via: 'session' });
    const change = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', cookies: { debitor_session: cookie.value }, payload: { currentPassword: t.users.viewer.password, newPassword: 'a-new-long-passphrase' } });
    expect(change.statusCode).toBe(200);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: t.users.viewer.email, password: 'a-new-long-passphrase' } });
    expect(again.statusCode).toBe(200);
    const attempts = [];
    for (let i = 0; i < 6; i++) attempts.push((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'manager@example.test', password: 'wrong' } })).statusCode);
    expect(attempts).toEqual([401, 401, 401, 401, 401, 429]); // 5 a minute per address and e-mail
  });
});
