import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => { t = await bootApp('2025-12-11T06:00:00Z'); });
afterAll(() => t.close());

const demand = (t2: TestApp) => t2.as('viewer', { method: 'GET', url: '/api/v1/templates' }).then((r) => r.json().items.find((i: { language: string; kind: string }) => i.language === 'ru' && i.kind === 'demand-letter'));

describe('templates (D3, U1–U4)', () => {
  it('previews a template live with the sample letter, to the kopeck and with plural forms', async () => {
    const res = await t.as('viewer', { method: 'POST', url: '/api/v1/templates/ru/demand-letter/preview', payload: { subject: 'Долг {{money total}}', body: 'У вас {{plural invoices.length "invoice"}} на сумму {{money total}}.' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toMatch(/У вас 3 счёта на сумму [\d ]+,\d\d руб\./);
    expect(res.json().findings).toEqual([]);
  });

  it('rejects a template that names an unknown field, naming it', async () => {
    const res = await t.as('admin', { method: 'PUT', url: '/api/v1/templates/ru/demand-letter', payload: { subject: 'Долг', body: 'Оплатите {{customer.shoeSize}}' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/customer\.shoeSize/);
  });

  it('blocks a rude or threatening template with the phrase, the rule and a suggestion; an admin may save it with a reason', async () => {
    const rude = { subject: 'ДОЛГ!!!', body: 'Мы знаем, где вы живёте. Оплатите {{money total}} до {{date deadline}}.' };
    const res = await t.as('admin', { method: 'PUT', url: '/api/v1/templates/ru/demand-letter', payload: rude });
    expect(res.statusCode).toBe(400);
    const { findings } = res.json().error.details;
    expect(findings.some((f: { rule: string }) => f.rule === 'threat')).toBe(true);
    expect(findings.every((f: { suggestion: string }) => f.suggestion.length > 0)).toBe(true);
    const before = await demand(t);
    expect(before.edited).toBe(false);
    const polite = { subject: 'Оплата по договору', body: 'Просим оплатить {{money total}} до {{date deadline}}. Реквизиты: {{company.bank.bankName}}.' };
    expect((await t.as('admin', { method: 'PUT', url: '/api/v1/templates/ru/demand-letter', payload: polite })).statusCode).toBe(200);
    expect((await demand(t)).body).toBe(polite.body);
  });

  it('checks any text on request (N3: a demand with no amount or date is a warning)', async () => {
    const res = await t.as('collector', { method: 'POST', url: '/api/v1/conduct/check', payload: { text: 'Извините, что беспокою, оплатите, пожалуйста.', language: 'ru' } });
    const rules = res.json().findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`);
    expect(rules).toContain('apology-opening:block');
    expect(rules).toContain('vague-demand:warning');
  });
});

describe('the customer timeline', () => {
  it('shows invoices, payments, calls and messages, newest first', async () => {
    const company = (await t.as('admin', { method: 'POST', url: '/api/v1/companies', payload: { legalName: 'Seller', country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru' } })).json();
    const customer = (await t.as('manager', { method: 'POST', url: '/api/v1/customers', payload: { companyId: company.id, legalName: 'ООО Лента', country: 'RU', timeZone: 'Europe/Moscow', language: 'ru' } })).json();
    await t.as('manager', { method: 'POST', url: '/api/v1/invoices', payload: { customerId: customer.id, number: 'TL-1', issueDate: '2025-11-01', dueDate: '2025-12-10', amount: '500.00', currency: 'RUB' } });
    await t.as('manager', { method: 'POST', url: '/api/v1/runs', payload: { asOf: '2025-12-11' } });
    await t.as('manager', { method: 'POST', url: '/api/v1/payments', payload: { customerId: customer.id, date: '2025-12-12', amount: '100.00', currency: 'RUB' } });
    const items = (await t.as('viewer', { method: 'GET', url: `/api/v1/customers/${customer.id}/timeline` })).json().items as { kind: string; title: string }[];
    expect(items.map((i) => i.kind)).toEqual(['payment', 'task', 'message', 'invoice']);
    expect(items.find((i) => i.kind === 'task')!.title).toBe('L4 call');
    // money in the API is a decimal string beside its currency
    expect((items as unknown as { kind: string; detail: { amount?: string } }[]).find((i) => i.kind === 'payment')!.detail.amount).toBe('100.00');
    expect((items as unknown as { kind: string; detail: { amount?: string } }[]).find((i) => i.kind === 'invoice')!.detail.amount).toBe('500.00');
  });
});

describe('notes', () => {
  it('a collector notes what was said; the note is in the timeline with their name; empty notes and strangers\' customers are refused', async () => {
    const company = (await t.as('admin', { method: 'POST', url: '/api/v1/companies', payload: { legalName: 'Seller N', country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru' } })).json();
    const mine = (await t.as('manager', { method: 'POST', url: '/api/v1/customers', payload: { companyId: company.id, legalName: 'ООО Нота', country: 'RU', timeZone: 'Europe/Moscow', language: 'ru', collectorId: t.users.collector.id } })).json();
    const other = (await t.as('manager', { method: 'POST', url: '/api/v1/customers', payload: { companyId: company.id, legalName: 'ООО Чужой', country: 'RU', timeZone: 'Europe/Moscow', language: 'ru' } })).json();
    const added = await t.as('collector', { method: 'POST', url: `/api/v1/customers/${mine.id}/notes`, payload: { text: 'Директор в отпуске до 20-го, платёжки подписывает главбух.' } });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ customerId: mine.id, author: 'Test collector' });
    const items = (await t.as('viewer', { method: 'GET', url: `/api/v1/customers/${mine.id}/timeline` })).json().items as { kind: string; title: string; detail: { author: string; text: string } }[];
    const note = items.find((i) => i.kind === 'note')!;
    expect(note.detail).toMatchObject({ author: 'Test collector', text: 'Директор в отпуске до 20-го, платёжки подписывает главбух.' });
    const empty = await t.as('collector', { method: 'POST', url: `/api/v1/customers/${mine.id}/notes`, payload: { text: '   ' } });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json().error.fields)).toContain('text');
    expect((await t.as('collector', { method: 'POST', url: `/api/v1/customers/${other.id}/notes`, payload: { text: 'x' } })).statusCode).toBe(403);
  });
});
