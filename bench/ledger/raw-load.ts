import type { Database } from '../../src/store/db.ts';
import { IMPORT_CHUNK } from '../../src/store/import.store.ts';
import { timed } from './common.ts';
import { CSV_COLUMNS } from './generate.ts';

/** The baseline writes as many rows per statement as the import does. */
export const RAW_CHUNK = IMPORT_CHUNK;

/** The baseline: one bare table, one text column per CSV column, unnest in the import's chunks, one transaction. */
export async function rawBulkLoad(database: Database, rows: string[][]): Promise<number> {
  const columns = CSV_COLUMNS.map((c) => `"${c}" text`).join(', ');
  await database.pool.query(`drop table if exists bench_raw_rows; create table bench_raw_rows (${columns}) with (autovacuum_enabled = false)`);
  const params = CSV_COLUMNS.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const insert = `insert into bench_raw_rows select * from unnest(${params})`;
  const client = await database.pool.connect();
  try {
    const { ms } = await timed(async () => {
      await client.query('begin');
      for (let i = 0; i < rows.length; i += RAW_CHUNK) {
        const chunk = rows.slice(i, i + RAW_CHUNK);
        await client.query(insert, CSV_COLUMNS.map((_, c) => chunk.map((r) => r[c] ?? null)));
      }
      await client.query('commit');
    });
    const { rows: [count] } = await client.query<{ n: number }>('select count(*)::int as n from bench_raw_rows');
    if (count?.n !== rows.length) throw new Error(`the raw load wrote ${count?.n} rows, not ${rows.length}`);
    return ms;
  } finally {
    client.release();
  }
}
