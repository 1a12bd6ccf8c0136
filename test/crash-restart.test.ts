import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { startServerProcess, stopProcess, type ServerProcess } from './helpers/server-process.ts';

/**
 * A kill -9 of the server in the middle of writes loses no committed data, and the server starts
 * again cleanly on the same folder (the stale lock of the killed process is taken over).
 */
let database: TestDatabase;
let server: ServerProcess | undefined;

beforeAll(async () => {
  database = await freshDatabase();
  await database.release();
});
afterAll(async () => {
  if (server) await stopProcess(server.child);
  await database.close();
});

async function signIn(s: ServerProcess, password: string): Promise<string> {
  const res = await fetch(`${s.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@localhost', password }) });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

describe('kill -9 during writes', () => {
  it('keeps every acknowledged invoice and accepts writes after a restart', async () => {
    server = await startServerProcess(database.env);
    expect(server.oneTimePassword).toBeDefined();
    const cookie = await signIn(server, server.oneTimePassword!);
    const api = (s: ServerProcess, path: string, body?: object) => fetch(`${s.url}/api/v1/${path}`, {
      method: body ? 'POST' : 'GET', headers: { cookie, 'content-type': 'application/json' }, body: body && JSON.stringify(body),
    });
    const company = await (await api(server, 'companies', { legalName: 'Crash Test', country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru' })).json() as { id: string };
    const customer = await (await api(server, 'customers', { companyId: company.id, legalName: 'ООО Тест', country: 'RU', timeZone: 'Europe/Moscow', language: 'ru' })).json() as { id: string };

    const acknowledged: string[] = [];
    const writer = (async () => {
      for (let i = 1; ; i++) {
        try {
          const res = await api(server!, 'invoices', { customerId: customer.id, number: `C-${i}`, issueDate: '2025-11-01', amount: `${i}.00`, currency: 'RUB' });
          if (res.status === 201) acknowledged.push(`C-${i}`);
        } catch {
          return; // the server is gone
        }
      }
    })();
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 5));
    await stopProcess(server.child, 'SIGKILL');
    await writer;

    server = await startServerProcess(database.env);
    expect(server.oneTimePassword).toBeUndefined(); // the same database, not a new one
    const numbers: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await (await api(server, `invoices?customerId=${customer.id}&limit=500${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { number: string }[]; nextCursor: string | null };
      numbers.push(...page.items.map((i) => i.number));
      cursor = page.nextCursor;
    } while (cursor);
    for (const n of acknowledged) expect(numbers).toContain(n);
    expect(numbers.length).toBeLessThanOrEqual(acknowledged.length + 1); // at most the one in flight
    const after = await api(server, 'invoices', { customerId: customer.id, number: 'AFTER-RESTART', issueDate: '2025-11-02', amount: '1.00', currency: 'RUB' });
    expect(after.status).toBe(201);
  });

  it('refuses a second process on the same data folder with a clear message', async () => {
    if (!database.dataDir) return; // only the embedded database has a folder to lock
    await expect(startServerProcess(database.env)).rejects.toThrow(/in use by another Debitor process/);
  });
});
