import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { agingOracle, IBM_CSV } from './helpers/ibm-oracle.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';

const BIN = resolve(import.meta.dirname, '../bin/debitor.js');
vi.setConfig({ testTimeout: 300_000 }); // each command is a new process (about 1–2 s to start)
let database: TestDatabase;

function debitor(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...database.env }, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  database = await freshDatabase();
  await database.release();
});
afterAll(() => database.close());

describe('the debitor command', () => {
  it('explains itself, and every command has --help', () => {
    expect(debitor('--help').out).toMatch(/serve[\s\S]*migrate[\s\S]*import[\s\S]*report[\s\S]*users[\s\S]*tokens/);
    for (const c of ['serve', 'migrate', 'import', 'report', 'users', 'tokens']) {
      const r = debitor(c, '--help');
      expect(r.code, c).toBe(0);
      expect(r.out, c).toMatch(new RegExp(`debitor ${c}`));
    }
  });

  it('exits non-zero on an unknown command or bad arguments', () => {
    expect(debitor('frobnicate').code).toBe(2);
    const r = debitor('report', 'aging', '--as-of', '2025-02-30');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--as-of: "2025-02-30" is not a date/);
  });

  it('migrates, imports the IBM export once, and reports aging as json, csv and table', () => {
    expect(debitor('migrate').code).toBe(0);
    expect(debitor('companies', 'create', '--name', 'Seller', '--country', 'US', '--currency', 'USD', '--language', 'en').code).toBe(0);
    const first = debitor('import', '--file', IBM_CSV, '--mapping', 'ibm-accounts-receivable');
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out).created).toMatchObject({ customers: 100, invoices: 2466 });
    expect(JSON.parse(debitor('import', '--file', IBM_CSV, '--mapping', 'ibm-accounts-receivable').out).created.invoices).toBe(0);

    const expected = agingOracle('2013-03-31');
    const json = JSON.parse(debitor('report', 'aging', '--as-of', '2013-03-31', '--format', 'json').out);
    expect(json.totals).toEqual([{ currency: 'USD', ...expected }]);
    const csv = debitor('report', 'aging', '--as-of', '2013-03-31', '--format', 'csv').out.trim().split('\n');
    expect(csv[0]).toBe('customer,external_id,currency,notDue,d1to30,d31to60,d61to90,over90,total');
    expect(csv.at(-1)).toBe(['TOTAL', '', 'USD', expected.notDue, expected.d1to30, expected.d31to60, expected.d61to90, expected.over90, expected.total].join(','));
    expect(debitor('report', 'aging', '--as-of', '2013-03-31').out).toMatch(new RegExp(`TOTAL\\s+USD\\s+${expected.notDue!.replace('.', '\\.')}`));
  });

  it('rejects a bad file with every bad row and a non-zero exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debitor-cli-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'countryCode,customerID,PaperlessDate,invoiceNumber,InvoiceDate,DueDate,InvoiceAmount,Disputed,SettledDate,PaperlessBill,DaysToSettle,DaysLate\n'
      + '391,X-1,1/1/2013,N-1,13/45/2013,2/1/2013,10.00,No,1/15/2013,Paper,0,0\n'
      + '391,X-1,1/1/2013,N-2,1/2/2013,2/1/2013,-4,No,1/15/2013,Paper,0,0\n');
    const r = debitor('import', '--file', file, '--mapping', 'ibm-accounts-receivable');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 2, column InvoiceDate: "13\/45\/2013" is not a real calendar date/);
    expect(r.err).toMatch(/line 3, column InvoiceAmount/);
  });

  it('runs the pressure scale for a date, dry or for real, and simulates a month on a copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debitor-cli-'));
    const file = join(dir, 'open.csv');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(file, 'ИНН;Контрагент;Номер;Дата;Срок;Сумма\n7701000001;ООО Альфа;А-1;01.10.2025;01.11.2025;1 200,50\n');
    writeFileSync(mapping, JSON.stringify({
      format: 'csv', delimiter: ';', dateFormat: 'dd.mm.yyyy', decimalSeparator: ',',
      customers: { externalId: '{ИНН}', legalName: '{Контрагент}', country: 'RU', timeZone: 'Asia/Novosibirsk', language: 'ru' },
      invoices: { customer: '{ИНН}', number: '{Номер}', issueDate: '{Дата}', dueDate: '{Срок}', amount: '{Сумма}', currency: 'RUB' },
    }));
    expect(debitor('import', '--file', file, '--mapping', mapping).code).toBe(0);
    const dry = JSON.parse(debitor('run', '--as-of', '2025-10-29', '--dry-run', '--json').out);
    expect(dry.actions).toEqual([expect.objectContaining({ stepCode: 'L1', channel: 'call', mode: 'task', invoiceNumbers: ['А-1'], customerExternalId: '7701000001', windowStart: '2025-10-29T10:00:00+07:00' })]);
    const sim = JSON.parse(debitor('simulate', '--from', '2025-10-27', '--to', '2025-11-14', '--json').out);
    expect(sim.days.map((d: { date: string; actions: { stepCode: string }[] }) => `${d.date} ${d.actions.map((a) => a.stepCode).join('+')}`))
      .toEqual(['2025-10-29 L1', '2025-11-01 L2', '2025-11-05 L3+L4', '2025-11-06 L5', '2025-11-13 L6+L6']);
    expect(debitor('run', '--as-of', '2025-10-29', '--dry-run', '--json').out).toContain('"stepCode": "L1"'); // the simulation kept nothing
    const real = debitor('run', '--as-of', '2025-10-29');
    expect(real.out).toMatch(/Run for 2025-10-29: \d+ customers; tasks 1, messages 0/);
    expect(debitor('run', '--as-of', '2025-10-29').out).toMatch(/tasks 0, messages 0/);
  });

  it('creates users and API tokens; a token secret is printed once', () => {
    const u = debitor('users', 'create', '--email', 'anna@example.test', '--name', 'Anna', '--role', 'collector');
    expect(u.code, u.err).toBe(0);
    expect(JSON.parse(u.out).oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(debitor('users', 'create', '--email', 'x', '--name', 'X', '--role', 'boss').code).toBe(2);
    const tok = debitor('tokens', 'create', '--user', 'anna@example.test', '--name', 'accounting sync');
    expect(JSON.parse(tok.out).secret).toMatch(/^dbt_/);
    const list = JSON.parse(debitor('tokens', 'list').out) as { name: string }[];
    expect(list.map((t) => t.name)).toContain('accounting sync');
  });
});
