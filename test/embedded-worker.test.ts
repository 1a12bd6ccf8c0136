import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { runPipeline, statement } from '../src/store/pipeline.ts';
import { freshDatabase, serverUrl, type TestDatabase } from './helpers/test-db.ts';

/**
 * The embedded PostgreSQL runs in a worker thread: a long query does not freeze this thread. Only on the
 * embedded database: a server ran the query in 222 ms, too short to be the long query the test needs.
 */
let database: TestDatabase;
beforeAll(async () => { database = await freshDatabase(); });
afterAll(() => database.close());

describe('a long query', () => {
  it.skipIf(serverUrl !== undefined)('leaves the main event loop free (a 10 ms timer keeps ticking)', async () => {
    let last = performance.now();
    let worstGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    await database.pool.query('select count(*) from generate_series(1, 3000000) g, lateral (select md5(g::text)) m');
    const took = performance.now() - started;
    clearInterval(timer);
    expect(took).toBeGreaterThan(300); // it really was long
    expect(worstGap).toBeLessThan(150);
  });
});

/**
 * The worker hands PGlite every message the client has sent in full at once (pglite-worker.mjs): a pipeline
 * whose parameters arrive in many pieces, and a failing statement in the middle of one, must come out as
 * message by message. On a server this checks the same pipeline against PostgreSQL itself.
 */
describe('a pipeline of statements', () => {
  it('carries parameters of megabytes whole, and answers each statement in turn', async () => {
    const big = 'ладдер,'.repeat(700_000); // ~9 MB as UTF-8, read by the database in many pieces
    const md5 = createHash('md5').update(big).digest('hex');
    await database.pool.query('create table pipeline_echoes (n int, length int, md5 text)');
    const written = await runPipeline(database.db, [
      statement`insert into pipeline_echoes select 1, length(${big}::text), md5(${big}::text)`,
      statement`insert into pipeline_echoes select g, 0, '' from generate_series(2, 4) g`,
      statement`insert into pipeline_echoes select 5, length(${'short'}::text), md5(${'short'}::text)`,
    ]);
    expect(written).toEqual([1, 3, 1]);
    const { rows } = await database.pool.query('select n, length, md5 from pipeline_echoes order by n');
    expect(rows[0]).toEqual({ n: 1, length: big.length, md5 });
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5]);
    await database.pool.query('drop table pipeline_echoes');
  });

  it('after a failing statement, writes nothing of the pipeline and goes on serving the connection', async () => {
    await database.pool.query('create table pipeline_kept (n int primary key)');
    const failing = runPipeline(database.db, [
      statement`insert into pipeline_kept values (${'1'}::int)`,
      statement`insert into pipeline_kept values (${'1'}::int)`, // a duplicate key
      statement`insert into pipeline_kept values (${'2'}::int)`,
    ]);
    await expect(failing).rejects.toThrow(/duplicate key/);
    expect((await database.pool.query('select count(*)::int as n from pipeline_kept')).rows[0].n).toBe(0);
    expect(await runPipeline(database.db, [statement`insert into pipeline_kept values (${'3'}::int)`])).toEqual([1]);
    await database.pool.query('drop table pipeline_kept');
  });
});

describe('a statement prepared by name', () => {
  it('is prepared again on a new connection after the one that prepared it is gone', async () => {
    const named = { name: 'test_prepared_twice', text: 'select $1::int + 1 as n', values: ['41'] };
    const first = await database.pool.connect();
    expect((await first.query(named)).rows[0].n).toBe(42);
    first.release(true); // closed, not returned to the pool: the next query opens a new connection
    // the embedded database keeps one session behind its connections: the name must be free again there
    expect((await database.pool.query(named)).rows[0].n).toBe(42);
  });
});
