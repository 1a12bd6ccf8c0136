import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
