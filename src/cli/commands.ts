import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createApiToken } from '../actions/create-api-token.ts';
import { createCompany } from '../actions/create-company.ts';
import { createUser, NewUser } from '../actions/create-user.ts';
import { NewCompany } from '../actions/company-input.ts';
import { listCompanies } from '../actions/find-records.ts';
import { findUsers } from '../actions/find-users.ts';
import { reportAging } from '../actions/report-aging.ts';
import { runImport } from '../actions/run-import.ts';
import { runCollection } from '../actions/run-collection.ts';
import { simulateCollection } from '../actions/simulate-collection.ts';
import type { Principal } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import { isoDate } from '../domain/fields.ts';
import { loadConfig } from '../config.ts';
import { startServer } from '../main.ts';
import { agingToCsv, agingToJson, agingToTable } from '../outputs/aging-format.ts';
import { vacuumIfEmbedded } from '../store/maintenance.store.ts';
import { listApiTokens, revokeApiToken } from '../store/users.store.ts';
import { parse, required, UsageError, withLedger, type Command } from './command.ts';

const CLI: Principal = { userId: 'cli', role: 'admin', name: 'command line', via: 'cli' };
const ctx = () => ({ actor: 'cli', at: new Date() });
const print = (value: unknown) => console.log(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2));

export const serve: Command = {
  name: 'serve', summary: 'start the HTTP server (default)',
  help: 'debitor serve\n  Starts the server on $PORT (3000) with the embedded database in $DEBITOR_DATA_DIR (./data),\n  or on the PostgreSQL server in $DATABASE_URL. Applies migrations first.',
  async run(argv) {
    parse(argv, {});
    const running = await startServer(loadConfig());
    const stop = async () => { await running.stop(); process.exit(0); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => {}); // runs until a signal
  },
};

export const migrate: Command = {
  name: 'migrate', summary: 'apply database migrations',
  help: 'debitor migrate\n  Applies the forward-only migrations the database has not seen yet, and exits.',
  async run(argv) {
    parse(argv, {});
    await withLedger(async () => console.log('The database is up to date.'));
    return 0;
  },
};

export const importCmd: Command = {
  name: 'import', summary: 'import customers, contacts, invoices, payments from CSV/XLSX',
  help: 'debitor import --file F --mapping NAME|FILE.json [--company ID] [--dry-run]\n  All or nothing: every bad row is listed with line, column and reason, and nothing is written.\n  Importing the same file again changes nothing. Shipped mappings: ibm-accounts-receivable.',
  async run(argv) {
    const { values } = parse(argv, { file: { type: 'string' }, mapping: { type: 'string' }, company: { type: 'string' }, 'dry-run': { type: 'boolean' } });
    const file = required(values, 'file');
    const mappingArg = required(values, 'mapping');
    const mapping = mappingArg.endsWith('.json') ? JSON.parse(await readFile(mappingArg, 'utf8')) as unknown : mappingArg;
    const content = await readFile(file);
    const result = await withLedger(async ({ db }) => {
      const companyId = values.company ?? (await onlyCompany(db));
      return runImport(db, { companyId, mapping, file: content, fileName: basename(file), dryRun: values['dry-run'] ?? false }, ctx());
    });
    print(result);
    return 0;
  },
};

async function onlyCompany(db: Parameters<typeof listCompanies>[0]): Promise<string> {
  const page = await listCompanies(db, { limit: 2 });
  if (page.items.length === 1) return page.items[0]!.id;
  throw new UsageError(page.items.length === 0 ? 'no company yet: create one with `debitor companies create`' : 'several companies: name one with --company ID');
}

export const report: Command = {
  name: 'report', summary: 'reports (aging)',
  help: 'debitor report aging --as-of YYYY-MM-DD [--format json|csv|table] [--company ID] [--out FILE]',
  async run(argv) {
    const { values, positionals } = parse(argv, { 'as-of': { type: 'string' }, format: { type: 'string' }, company: { type: 'string' }, out: { type: 'string' } }, true);
    if (positionals[0] !== 'aging') throw new UsageError('the report to run: aging');
    const asOf = dateArg(values, 'as-of');
    const format = values.format ?? 'table';
    if (!['json', 'csv', 'table'].includes(format)) throw new UsageError(`--format: "${format}" is not json, csv or table`);
    const aging = await withLedger(({ db }) => reportAging(db, CLI, asOf, values.company));
    const text = format === 'json' ? `${JSON.stringify(agingToJson(aging), null, 2)}\n` : format === 'csv' ? agingToCsv(aging) : agingToTable(aging);
    if (values.out) await writeFile(values.out, text);
    else process.stdout.write(text);
    return 0;
  },
};

export const users: Command = {
  name: 'users', summary: 'list and create users',
  help: 'debitor users list\ndebitor users create --email E --name N --role admin|manager|collector|viewer [--password P]\n  Without --password a one-time password is printed.',
  async run(argv) {
    const { values, positionals } = parse(argv, { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' } }, true);
    if (positionals[0] === 'list') return withLedger(async ({ db }) => { print(await findUsers(db)); return 0; });
    if (positionals[0] !== 'create') throw new UsageError('users list | users create');
    const input = NewUser.safeParse({ email: values.email, name: values.name, role: values.role, password: values.password });
    if (!input.success) throw new UsageError(input.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
    const created = await withLedger(({ db }) => db.transaction((tx) => createUser(tx, input.data, ctx())));
    print(created);
    return 0;
  },
};

export const tokens: Command = {
  name: 'tokens', summary: 'API tokens for integrations',
  help: 'debitor tokens create --user EMAIL --name NAME   (the secret is printed once)\ndebitor tokens list\ndebitor tokens revoke ID',
  async run(argv) {
    const { values, positionals } = parse(argv, { user: { type: 'string' }, name: { type: 'string' } }, true);
    const [verb, id] = positionals;
    if (verb === 'list') return withLedger(async ({ db }) => { print(await listApiTokens(db)); return 0; });
    if (verb === 'revoke') {
      if (!id) throw new UsageError('tokens revoke ID');
      const ok = await withLedger(({ db }) => revokeApiToken(db, id, new Date()));
      if (!ok) throw new DomainError('not_found', `no active token ${id}`);
      console.log(`Token ${id} revoked.`);
      return 0;
    }
    if (verb !== 'create') throw new UsageError('tokens create | tokens list | tokens revoke ID');
    const token = await withLedger(({ db }) => db.transaction((tx) => createApiToken(tx, required(values, 'user'), required(values, 'name'), ctx())));
    print(token);
    return 0;
  },
};

export const companies: Command = {
  name: 'companies', summary: 'list and create seller companies',
  help: 'debitor companies list\ndebitor companies create --name N --country CC --currency CUR --language ru|uk|bg|en',
  async run(argv) {
    const { values, positionals } = parse(argv, { name: { type: 'string' }, country: { type: 'string' }, currency: { type: 'string' }, language: { type: 'string' } }, true);
    if (positionals[0] === 'list') return withLedger(async ({ db }) => { print((await listCompanies(db, { limit: 500 })).items); return 0; });
    if (positionals[0] !== 'create') throw new UsageError('companies list | companies create');
    const input = NewCompany.safeParse({ legalName: values.name, country: values.country, defaultCurrency: values.currency, defaultLanguage: values.language });
    if (!input.success) throw new UsageError(input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    print(await withLedger(({ db }) => db.transaction((tx) => createCompany(tx, input.data, ctx()))));
    return 0;
  },
};

export const run: Command = {
  name: 'run', summary: 'the daily run of the pressure scale for a date',
  help: 'debitor run --as-of YYYY-MM-DD [--dry-run] [--json]\n  Plans and applies every step due on that date. Running a date twice creates nothing new.\n  --dry-run shows what would be done without writing; --json prints every action.',
  async run(argv) {
    const { values } = parse(argv, { 'as-of': { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } });
    const asOf = dateArg(values, 'as-of');
    const result = await withLedger(async (database) => {
      const done = await runCollection(database.db, asOf, { dryRun: values['dry-run'] ?? false, now: () => new Date(), keepActions: values.json ?? false });
      if (!done.dryRun) await vacuumIfEmbedded(database); // as the scheduled run does: the embedded database has no autovacuum
      return done;
    });
    if (values.json) print(result);
    else console.log(`${result.dryRun ? 'Dry run' : 'Run'} for ${asOf}: ${result.customers} customers; ${Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    return 0;
  },
};

export const simulate: Command = {
  name: 'simulate', summary: 'replay the pressure scale day by day on a copy of the books',
  help: 'debitor simulate --from YYYY-MM-DD --to YYYY-MM-DD [--json]\n  As if automatic steps were sent and tasks got no outcome; nothing is kept.',
  async run(argv) {
    const { values } = parse(argv, { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } });
    const from = dateArg(values, 'from');
    const to = dateArg(values, 'to');
    if (to < from) throw new UsageError('--to is before --from');
    const timeline = await withLedger(({ db }) => simulateCollection(db, from, to, () => new Date()));
    if (values.json) { print(timeline); return 0; }
    for (const day of timeline.days) {
      console.log(day.date);
      for (const a of day.actions) console.log(`  ${a.stepCode.padEnd(3)} ${a.channel.padEnd(6)} ${a.mode.padEnd(9)} ${a.windowStart.slice(11, 16)}–${a.windowEnd.slice(11, 16)}  ${a.customerName}  ${a.invoiceNumbers.join(', ')}`);
    }
    return 0;
  },
};

function dateArg(values: Record<string, unknown>, name: string): string {
  const v = required(values, name);
  if (!isoDate.safeParse(v).success) throw new UsageError(`--${name}: "${v}" is not a date as YYYY-MM-DD`);
  return v;
}
