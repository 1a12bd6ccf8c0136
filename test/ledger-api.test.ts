import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
let companyId: string;
let customerId: string;

const RU_COMPANY = {
  legalName: 'ООО «Север»', taxIds: { INN: '7707083893', KPP: '773601001' }, country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru',
  bankAccounts: [{ bankName: 'ПАО Сбербанк', account: '40702810938000012345', bic: '044525225', correspondentAccount: '30101810400000000225' }],
};

async function post(url: string, payload: object, role: 'admin' | 'manager' = 'manager', headers: Record<string, string> = {}) {
  return t.as(role, { method: 'POST', url, payload, headers });
}

beforeAll(async () => {
  t = await bootApp();
  companyId = (await post('/api/v1/companies', RU_COMPANY, 'admin')).json().id;
  const customer = await post('/api/v1/customers', {
    companyId, legalName: 'ООО «Покупатель»', taxId: '7701234567', taxIdKind: 'INN', country: 'RU', timeZone: 'Asia/Vladivostok', language: 'ru',
    collectorId: t.users.collector.id, riskClass: 'B', creditLimit: '500000.00', creditLimitCurrency: 'RUB',
    defaultTerms: { kind: 'net_business_days', days: 5 }, paymentOrdering: 'Pays on Tuesdays, suppliers of raw materials first',
  });
  expect(customer.statusCode).toBe(201);
  customerId = customer.json().id;
});
afterAll(() => t.close());

describe('companies', () => {
  it('rejects Russian bank requisites without the correspondent account, naming the field', async () => {
    const res = await post('/api/v1/companies', { ...RU_COMPANY, bankAccounts: [{ bankName: 'X', account: '40702810938000012345', bic: '044525225' }] }, 'admin');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'bankAccounts.0.correspondentAccount': 'is required for a RU company' });
  });
});

describe('customers', () => {
  it('keeps money as a decimal string beside its currency', async () => {
    const res = await t.as('viewer', { method: 'GET', url: `/api/v1/customers/${customerId}` });
    expect(res.json()).toMatchObject({ creditLimit: '500000.00', creditLimitCurrency: 'RUB', timeZone: 'Asia/Vladivostok', version: 1 });
  });

  it('rejects unknown fields, bad time zones and float amounts, naming each field', async () => {
    const res = await post('/api/v1/customers', { companyId, legalName: 'X', country: 'RU', timeZone: 'Mars/Base', language: 'ru', creditLimit: 1000.5, colour: 'red' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields).sort()).toEqual(['colour', 'creditLimit', 'timeZone']);
  });

  it('rejects a reference to a missing user with 404 naming the field', async () => {
    const res = await post('/api/v1/customers', { companyId, legalName: 'X', country: 'RU', timeZone: 'Europe/Moscow', language: 'ru', collectorId: '00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.fields).toEqual({ collectorId: 'refers to a record that does not exist' });
  });

  it('detects a concurrent edit: the second writer with a stale version gets 409', async () => {
    const first = await t.as('manager', { method: 'PATCH', url: `/api/v1/customers/${customerId}`, payload: { version: 1, riskClass: 'C' } });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const second = await t.as('manager', { method: 'PATCH', url: `/api/v1/customers/${customerId}`, payload: { version: 1, riskClass: 'A' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('version_conflict');
    const now = await t.as('viewer', { method: 'GET', url: `/api/v1/customers/${customerId}` });
    expect(now.json().riskClass).toBe('C');
  });

  it('writes an audit row with before and after for every change', async () => {
    const res = await t.as('manager', { method: 'GET', url: `/api/v1/audit?entity=customers&entityId=${customerId}` });
    const rows = res.json().items as { action: string; actor: string; before: { riskClass?: string } | null; after: { riskClass: string } }[];
    expect(rows.map((r) => r.action)).toEqual(['update', 'create']);
    expect(rows[0]).toMatchObject({ actor: `token:${t.users.manager.id}`, before: { riskClass: 'B' }, after: { riskClass: 'C' } });
  });
});

describe('contacts (P8, P9)', () => {
  it('keeps several key people with all their channels and who decides on payments', async () => {
    const cfo = await post('/api/v1/contacts', {
      customerId, name: 'Ирина Петрова', role: 'cfo', decidesOnPayments: true,
      phones: { work: '+7 423 200-00-01', mobile: '+7 914 000-00-02', home: '+7 423 200-00-03' },
      emails: { work: 'cfo@pokupatel.ru', personal: 'irina@mail.ru' }, messengers: { telegram: '@irina' }, preferredChannel: 'mobile',
    });
    expect(cfo.statusCode).toBe(201);
    await post('/api/v1/contacts', { customerId, name: 'Олег Смирнов', role: 'chief_accountant' });
    const list = await t.as('collector', { method: 'GET', url: `/api/v1/contacts?customerId=${customerId}&sort=name` });
    expect(list.json().items.map((c: { name: string }) => c.name)).toEqual(['Ирина Петрова', 'Олег Смирнов']);
  });
});

describe('invoices, payments and balances as of any date', () => {
  let inv1: string; let inv2: string;

  it('derives the due date from the terms on the customer country calendar (5 business days, across Russian holidays)', async () => {
    // Issued Friday 2025-10-31; 2025-11-01 is a working Saturday, 2025-11-03 and -04 are days off.
    const res = await post('/api/v1/invoices', { customerId, number: 'INV-1', issueDate: '2025-10-31', amount: '1000.00', currency: 'RUB' });
    expect(res.statusCode).toBe(201);
    expect(res.json().dueDate).toBe('2025-11-10');
    inv1 = res.json().id;
    const second = await post('/api/v1/invoices', { customerId, number: 'INV-2', issueDate: '2025-11-05', dueDate: '2025-12-05', amount: '250.50', currency: 'RUB' });
    inv2 = second.json().id;
  });

  it.each([
    [{ amount: '-5.00' }, 'amount'],
    [{ amount: '10.001' }, 'amount'],
    [{ amount: 10 }, 'amount'],
    [{ issueDate: '2025-02-30' }, 'issueDate'],
    [{ currency: 'rub' }, 'currency'],
  ])('rejects %j naming %s', async (patch, field) => {
    const res = await post('/api/v1/invoices', { customerId, number: 'BAD', issueDate: '2025-11-01', amount: '1.00', currency: 'RUB', ...patch });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toContain(field);
  });

  it('allocates a payment oldest due date first and keeps an over-payment as customer credit', async () => {
    const pay = await post('/api/v1/payments', { customerId, date: '2025-11-12', amount: '1100.00', currency: 'RUB', reference: 'п/п 512' });
    expect(pay.statusCode).toBe(201);
    expect(pay.json().allocations.map((a: { invoiceId: string; amount: string }) => [a.invoiceId, a.amount])).toEqual([[inv1, '1000.00'], [inv2, '100.00']]);
    expect(pay.json().unallocated).toBe('0.00');
    const over = await post('/api/v1/payments', { customerId, date: '2025-12-01', amount: '200.00', currency: 'RUB' });
    expect(over.json().unallocated).toBe('49.50');
  });

  it('shows balances and derived status as of any date', async () => {
    const before = await t.as('viewer', { method: 'GET', url: `/api/v1/invoices/${inv1}?asOf=2025-11-11` });
    expect(before.json()).toMatchObject({ status: 'open', balance: '1000.00', paid: '0.00' });
    const after = await t.as('viewer', { method: 'GET', url: `/api/v1/invoices/${inv2}?asOf=2025-11-20` });
    expect(after.json()).toMatchObject({ status: 'partially_paid', balance: '150.50' });
    const paid = await t.as('viewer', { method: 'GET', url: `/api/v1/invoices?customerId=${customerId}&status=paid&asOf=2025-12-31` });
    expect(paid.json().items.map((i: { number: string }) => i.number)).toEqual(['INV-1', 'INV-2']);
    const balance = await t.as('viewer', { method: 'GET', url: `/api/v1/customers/${customerId}/balance?asOf=2025-11-20` });
    expect(balance.json().items).toEqual([{ currency: 'RUB', invoiced: '1250.50', paid: '1100.00', balance: '150.50', overdue: '0.00', unallocatedCredit: '0.00' }]);
  });

  it('rejects an explicit allocation beyond what the invoice owes and one in another currency', async () => {
    const more = await post('/api/v1/invoices', { customerId, number: 'INV-3', issueDate: '2025-11-20', amount: '10.00', currency: 'RUB' });
    const big = await post('/api/v1/payments', { customerId, date: '2025-11-21', amount: '50.00', currency: 'RUB', allocations: [{ invoiceId: more.json().id, amount: '20.00' }] });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.fields).toHaveProperty(['allocations.0.amount']);
    const eur = await post('/api/v1/payments', { customerId, date: '2025-11-21', amount: '5.00', currency: 'EUR', allocations: [{ invoiceId: more.json().id, amount: '5.00' }] });
    expect(eur.json().error.code).toBe('currency_mismatch');
  });

  it('marks an invoice disputed while a dispute is open, and written off from the write-off date', async () => {
    const inv = (await post('/api/v1/invoices', { customerId, number: 'INV-4', issueDate: '2025-11-01', amount: '75.00', currency: 'RUB' })).json();
    const dispute = await post('/api/v1/disputes', { invoiceId: inv.id, openedOn: '2025-11-15', reason: 'Short delivery' });
    expect(dispute.statusCode).toBe(201);
    const status = async (asOf: string) => (await t.as('viewer', { method: 'GET', url: `/api/v1/invoices/${inv.id}?asOf=${asOf}` })).json().status;
    expect(await status('2025-11-14')).toBe('open');
    expect(await status('2025-11-15')).toBe('disputed');
    await post(`/api/v1/disputes/${dispute.json().id}/resolve`, { version: 1, resolvedOn: '2025-11-20', resolution: 'Delivered in full' });
    expect(await status('2025-11-20')).toBe('open');
    await post(`/api/v1/invoices/${inv.id}/write-off`, { version: 1, writtenOffOn: '2025-12-31', reason: 'Uneconomic to pursue' });
    expect(await status('2025-12-30')).toBe('open');
    expect(await status('2025-12-31')).toBe('written_off');
  });
});

describe('idempotency keys', () => {
  it('replays the first response for a repeated POST and does the work once', async () => {
    const headers = { 'idempotency-key': 'pay-2025-11-30-0001' };
    const body = { customerId, date: '2025-11-30', amount: '1.00', currency: 'RUB' };
    const a = await post('/api/v1/payments', body, 'manager', headers);
    const b = await post('/api/v1/payments', body, 'manager', headers);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    expect(b.headers['idempotent-replayed']).toBe('true');
    const other = await post('/api/v1/payments', { ...body, amount: '2.00' }, 'manager', headers);
    expect(other.statusCode).toBe(422);
    const list = await t.as('viewer', { method: 'GET', url: `/api/v1/payments?customerId=${customerId}&from=2025-11-30&to=2025-11-30` });
    expect(list.json().items).toHaveLength(1);
  });
});

describe('lists: filtering, sorting and cursor pagination', () => {
  it('walks every invoice exactly once, page by page, in the requested order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/v1/invoices?customerId=${customerId}&sort=-amount&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.as('viewer', { method: 'GET', url: q })).json() as { items: { number: string; amount: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((i) => `${i.number}:${i.amount}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['INV-1:1000.00', 'INV-2:250.50', 'INV-4:75.00', 'INV-3:10.00']);
  });

  it('rejects an unknown sort key and a forged cursor', async () => {
    expect((await t.as('viewer', { method: 'GET', url: '/api/v1/customers?sort=password' })).json().error.fields).toHaveProperty('sort');
    expect((await t.as('viewer', { method: 'GET', url: '/api/v1/customers?cursor=zzz' })).json().error.fields).toHaveProperty('cursor');
  });
});

describe('OpenAPI', () => {
  it('documents every route from its schema', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/v1/invoices'].post.requestBody).toBeDefined();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(20);
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});

describe('aging agrees with the invoices as of each date', () => {
  it.each(['2025-10-31', '2025-11-11', '2025-11-20', '2025-11-30', '2025-12-01', '2025-12-31'])('as of %s', async (asOf) => {
    const aging = (await t.as('viewer', { method: 'GET', url: `/api/v1/reports/aging?asOf=${asOf}&companyId=${companyId}` })).json();
    const invoices = (await t.as('viewer', { method: 'GET', url: `/api/v1/invoices?customerId=${customerId}&asOf=${asOf}&limit=500` })).json().items as { issueDate: string; status: string; balance: string }[];
    const minor = (s: string) => BigInt(s.replace('.', '')); // two decimals for RUB
    const expected = invoices.filter((i) => i.issueDate <= asOf && i.status !== 'written_off').reduce((sum, i) => sum + minor(i.balance), 0n);
    const row = aging.rows.find((r: { customerId: string }) => r.customerId === customerId);
    expect(row ? minor(row.total) : 0n).toBe(expected);
  });
});
