import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCollection } from '../src/actions/run-collection.ts';
import { fileInvoices } from '../src/store/customer-file.store.ts';
import { appendedEntries, entriesOfLadderText, foldLadders, ladderEntry } from '../src/store/ladder-entries.ts';
import type { LadderEntry } from '../src/store/schema.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer, makeInvoice, pay, runDays } from './helpers/scenario.ts';

/**
 * A customer's ladders are one row (schema.ts `ladders`, migrations 0011–0014): each invoice the run
 * follows with the steps done, an invoice paid drops out at the customer's next review, and the
 * customer file reads its steps from there.
 */
let t: TestDatabase;
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

/** Runs one migration's SQL as it is in the repository. */
async function migrate(file: string) {
  const migration = readFileSync(new URL(`../src/store/migrations/${file}`, import.meta.url), 'utf8');
  for (const statement of migration.split('--> statement-breakpoint')) await t.db.execute(sql.raw(statement));
}

async function storedLadders(customerId: string): Promise<unknown[] | null> {
  const result = await t.db.execute(sql`select invoices from ladders where customer_id = ${customerId}`);
  const text = (result.rows[0] as { invoices: string | unknown[] } | undefined)?.invoices;
  return text === undefined ? null : typeof text === 'string' ? entriesOfLadderText(text) : text; // since 0023 the items as text, no brackets; json before
}

describe('a ladder entry as stored (ladder-entries.ts)', () => {
  const I = '0190a1b2-0000-7000-8000-000000000001';
  it.each([
    ['no step yet', { fired: [], jumpToClaim: false }, [I, []]],
    ['steps done and skipped, codes with - and _', { fired: [{ code: 'L1', date: '2025-11-05', skipped: true }, { code: 'PRE-2_X', date: '2025-11-10' }], jumpToClaim: false },
      [I, ['L1~2025-11-05', 'PRE-2_X@2025-11-10']]],
    ['a claim deadline', { fired: [{ code: 'L6', date: '2025-11-20' }], claimDeadline: '2025-12-20', jumpToClaim: false }, [I, ['L6@2025-11-20'], '2025-12-20']],
    ['a jump to the claim, no deadline yet', { fired: [{ code: 'L5', date: '2025-11-20', skipped: true }], jumpToClaim: true }, [I, ['L5~2025-11-20'], null, true]],
  ])('%s: stored as a tuple and read back the same', (_, ladder, stored) => {
    expect(ladderEntry(I, ladder)).toEqual(stored);
    expect(JSON.parse(JSON.stringify(ladderEntry(I, ladder)))).toEqual(stored);
    expect(foldLadders([stored as LadderEntry]).get(I)).toEqual({ claimDeadline: undefined, ...ladder, at: 0 });
  });
});

describe('tuples appended to a customer\'s ladders (ladder-entries.ts)', () => {
  const [A, B, C] = ['0190a1b2-0000-7000-8000-00000000000a', '0190a1b2-0000-7000-8000-00000000000b', '0190a1b2-0000-7000-8000-00000000000c'];
  const steps = (l: { fired: { code: string; date: string; skipped?: boolean }[] } | undefined) => l?.fired.map((f) => `${f.code}${f.skipped ? '~' : '@'}${f.date}`);
  const stored: LadderEntry[] = [[A, ['L1@2025-11-26', 'L2@2025-12-01']], [B, ['L1~2025-11-28']]];

  it('folds an appended tuple into the invoice whose first tuple it names: steps added, deadline kept, jump as the latest tuple has it', () => {
    const ladders = foldLadders([...stored, [0, ['L3@2025-12-02', 'L4@2025-12-02'], null, true], [1, ['L2@2025-12-03']], [0, ['L5~2025-12-03', 'L6@2025-12-03'], '2026-01-02'], [0, [], null, false]]);
    expect(steps(ladders.get(A))).toEqual(['L1@2025-11-26', 'L2@2025-12-01', 'L3@2025-12-02', 'L4@2025-12-02', 'L5~2025-12-03', 'L6@2025-12-03']);
    expect(ladders.get(A)).toMatchObject({ claimDeadline: '2026-01-02', jumpToClaim: false, at: 0 });
    expect(steps(ladders.get(B))).toEqual(['L1~2025-11-28', 'L2@2025-12-03']);
    expect(ladders.get(B)).toMatchObject({ claimDeadline: undefined, jumpToClaim: false, at: 1 });
  });

  it('takes a step appended twice once (two runs of one day at once), and skips a tuple naming no invoice', () => {
    const ladders = foldLadders([...stored, [1, ['L2@2025-12-03']], [1, ['L2@2025-12-03']], [7, ['L9@2025-12-03']]]);
    expect(steps(ladders.get(B))).toEqual(['L1~2025-11-28', 'L2@2025-12-03']);
    expect([...ladders.keys()]).toEqual([A, B]);
  });

  it('appends only the steps fired since, a first tuple for an invoice not stored yet, and nothing when a move is not an addition', () => {
    const ladders = foldLadders(stored);
    const fired = (...texts: string[]) => texts.map((x) => ({ code: x.slice(0, 2), date: x.slice(3), ...(x[2] === '~' ? { skipped: true } : {}) }));
    expect(appendedEntries(ladders, [
      { invoiceId: B, fired: fired('L1~2025-11-28', 'L2@2025-12-03'), jumpToClaim: false },
      { invoiceId: C, fired: fired('L1@2025-12-03'), jumpToClaim: false },
      { invoiceId: A, fired: fired('L1@2025-11-26', 'L2@2025-12-01'), jumpToClaim: true }, // only the jump changed
    ])).toEqual([[1, ['L2@2025-12-03']], [C, ['L1@2025-12-03']], [0, [], null, true]]);
    expect(appendedEntries(ladders, [{ invoiceId: A, fired: fired('L2@2025-12-01'), jumpToClaim: false }])).toBeNull();
    const after = foldLadders([...stored, [1, ['L2@2025-12-03']], [C, ['L1@2025-12-03']], [0, [], null, true]]);
    expect(after.get(C)).toMatchObject({ at: 3 });
    expect(after.get(A)).toMatchObject({ jumpToClaim: true });
  });
});

describe('ladders, one row per customer', () => {
  it('keeps each open invoice with its steps, drops a paid one at the next review, and feeds the customer file', async () => {
    const c = await makeCustomer(t.db);
    const a = await makeInvoice(t.db, c, 'LD-A', '2025-12-01');
    const b = await makeInvoice(t.db, c, 'LD-B', '2025-12-03');
    await runDays(t.db, c, '2025-11-24', '2025-12-04');
    const before = await storedLadders(c.id);
    expect(before).toEqual([ // each step with its date (ladder-entries.ts): rewritten whole on 12-03, when 4 tuples held 2 invoices…
      [a.id, ['L1@2025-11-26', 'L2@2025-12-01', 'L3@2025-12-03', 'L4@2025-12-03']],
      [b.id, ['L1@2025-11-28', 'L2@2025-12-03']],
      [0, ['L5@2025-12-04']], // …then the day's moves appended, each naming its invoice's first tuple
      [1, ['L3@2025-12-04', 'L4@2025-12-04']],
    ]);
    expect([...foldLadders(before as LadderEntry[])].map(([id, l]) => [id, l.fired.map((f) => `${f.code}@${f.date}`)])).toEqual([
      [a.id, ['L1@2025-11-26', 'L2@2025-12-01', 'L3@2025-12-03', 'L4@2025-12-03', 'L5@2025-12-04']],
      [b.id, ['L1@2025-11-28', 'L2@2025-12-03', 'L3@2025-12-04', 'L4@2025-12-04']],
    ]);

    const file = await fileInvoices(t.db, c.id, '2025-12-04');
    expect(file.map((i) => [i.number, i.fired?.map((f) => `${f.code} ${f.date}`).join(', ')])).toEqual([
      ['LD-A', 'L1 2025-11-26, L2 2025-12-01, L3 2025-12-03, L4 2025-12-03, L5 2025-12-04'], // L3 held a day: N5 made 12-02's call an e-mail too
      ['LD-B', 'L1 2025-11-28, L2 2025-12-03, L3 2025-12-04, L4 2025-12-04'],
    ]);

    await pay(t.db, c, '2025-12-05', '1000.00'); // clears LD-A, the oldest
    const log = await runDays(t.db, c, '2025-12-05', '2025-12-05');
    expect(log['2025-12-05']).toEqual(['L5 call task 10:00-17:00 LD-B']);
    const after = await storedLadders(c.id);
    expect(after).toEqual([[b.id, ['L1@2025-11-28', 'L2@2025-12-03', 'L3@2025-12-04', 'L4@2025-12-04', 'L5@2025-12-05']]]);
  });
});

describe('migrations 0012, 0014 and 0023', () => {
  it('move each invoice\'s row of ladder_states into its customer\'s ladders as tuples, which the run then follows', async () => {
    const c = await makeCustomer(t.db);
    const a = await makeInvoice(t.db, c, 'MG-A', '2025-12-01');
    const b = await makeInvoice(t.db, c, 'MG-B', '2025-11-10');
    // ladder_states as migration 0010 left it, with one row per invoice
    await t.db.execute(sql`create table ladder_states (invoice_id uuid primary key references invoices(id), fired json not null default '[]'::json,
      claim_deadline date, jump_to_claim boolean not null default false, updated_at timestamptz not null default now())`);
    await t.db.execute(sql`alter table ladders alter column invoices drop default, alter column invoices type json using ('[' || invoices || ']')::json`); // as before 0023
    await t.db.execute(sql`insert into ladder_states (invoice_id, fired, claim_deadline, jump_to_claim) values
      (${a.id}, '[{"code":"L1","date":"2025-11-26"},{"code":"L2","date":"2025-12-01"},{"code":"L3","date":"2025-12-02"},{"code":"L4","date":"2025-12-02"}]', null, false),
      (${b.id}, '[{"code":"L1","date":"2025-11-05","skipped":true},{"code":"L6","date":"2025-11-20"}]', '2025-12-20', true)`);
    await migrate('0012_ladders_from_ladder_states.sql');
    await t.db.execute(sql`drop table ladder_states`);
    expect(await storedLadders(c.id)).toEqual([ // 0012: a list of objects
      { invoice: b.id, fired: [{ code: 'L1', date: '2025-11-05', skipped: true }, { code: 'L6', date: '2025-11-20' }], claimDeadline: '2025-12-20', jumpToClaim: true },
      { invoice: a.id, fired: [{ code: 'L1', date: '2025-11-26' }, { code: 'L2', date: '2025-12-01' }, { code: 'L3', date: '2025-12-02' }, { code: 'L4', date: '2025-12-02' }] },
    ]);
    await migrate('0014_ladder_entries_as_tuples.sql');
    const tuples = [
      [b.id, ['L1~2025-11-05', 'L6@2025-11-20'], '2025-12-20', true],
      [a.id, ['L1@2025-11-26', 'L2@2025-12-01', 'L3@2025-12-02', 'L4@2025-12-02']],
    ];
    expect(await storedLadders(c.id)).toEqual(tuples);
    await migrate('0014_ladder_entries_as_tuples.sql'); // again: rows already converted stay as they are
    expect(await storedLadders(c.id)).toEqual(tuples);
    await migrate('0023_ladders_appended.sql'); // json -> text, the same tuples
    expect(await storedLadders(c.id)).toEqual(tuples);

    // MG-A goes on from L4: the demand letter (L3) is not sent again, the official-letter call (L5) is due.
    const run = await runCollection(t.db, '2025-12-03', { dryRun: true, now: () => new Date('2025-12-03T05:00:00Z') });
    const mine = run.actions.filter((x) => x.customerId === c.id && x.invoiceNumbers.includes('MG-A')).map((x) => x.stepCode);
    expect(mine).toContain('L5');
    expect(mine).not.toContain('L3');
  });
});
