import type { TestApp } from '../helpers/test-app.ts';

/**
 * A small book for the browser test: a Russian seller, four customers of the collector in several time
 * zones with invoices of different ages, contacts with every channel (P8, P9), a payment, and the daily
 * run of the first day so the collector has a ranked list. Returns the customer the test works.
 */
export async function seedWorkspace(t: TestApp, asOf: string) {
  const ok = async (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown, role: 'admin' | 'manager' = 'manager') => {
    const res = await t.as(role, { method, url, payload: payload as Record<string, unknown> });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const company = await ok('POST', '/api/v1/companies', { legalName: 'ООО «Поставщик»', country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru' }, 'admin');
  const customer = (legalName: string, externalId: string, timeZone: string, extra: Record<string, unknown> = {}) => ok('POST', '/api/v1/customers', {
    companyId: company.id, legalName, externalId, country: 'RU', timeZone, language: 'ru', collectorId: t.users.collector.id, ...extra,
  });
  const invoice = (customerId: string, number: string, issueDate: string, dueDate: string, amount: string) =>
    ok('POST', '/api/v1/invoices', { customerId, number, issueDate, dueDate, amount, currency: 'RUB' });

  const main = await customer('ООО «Уральский металл»', 'D-1', 'Asia/Yekaterinburg', {
    riskClass: 'C', creditLimit: '300000.00', creditLimitCurrency: 'RUB', paymentOrdering: 'Pays suppliers on Tuesdays and Thursdays; taxes and salaries first',
  });
  await ok('POST', '/api/v1/contacts', {
    customerId: main.id, name: 'Ирина Петрова', role: 'cfo', decidesOnPayments: true,
    phones: { work: '+7 343 210-45-67', mobile: '+7 912 555-01-02' }, emails: { work: 'petrova@uralmetal.example' },
  });
  await ok('POST', '/api/v1/contacts', {
    customerId: main.id, name: 'Олег Смирнов', role: 'chief_accountant', phones: { work: '+7 343 210-45-70' }, emails: { work: 'buh@uralmetal.example', personal: 'oleg.s@mail.example' },
  });
  await invoice(main.id, 'W-1', '2025-11-10', '2025-12-10', '150000.00');
  await invoice(main.id, 'W-2', '2025-10-21', '2025-11-20', '5000.50');

  const volga = await customer('АО «Волга-Трейд»', 'D-2', 'Europe/Samara', { riskClass: 'B' });
  await invoice(volga.id, 'V-7', '2025-09-01', '2025-10-01', '48250.00');
  await invoice(volga.id, 'V-9', '2025-10-15', '2025-11-14', '12000.00');
  await ok('POST', '/api/v1/payments', { customerId: volga.id, date: '2025-11-20', amount: '10000.00', currency: 'RUB' });

  const far = await customer('ООО «Приморье»', 'D-3', 'Asia/Vladivostok', { riskClass: 'A' });
  await invoice(far.id, 'P-3', '2025-11-15', '2025-12-15', '86400.00');

  const msk = await customer('ИП Соколов', 'D-4', 'Europe/Moscow', { riskClass: 'B' });
  await invoice(msk.id, 'S-1', '2025-11-01', '2025-12-01', '23990.99');

  const run = await t.as('manager', { method: 'POST', url: '/api/v1/runs', payload: { asOf } });
  if (run.statusCode !== 200) throw new Error(`run ${asOf}: ${run.body}`);
  return { company, main };
}
