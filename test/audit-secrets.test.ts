import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/actions/create-user.ts';
import { updateUser } from '../src/actions/update-user.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';

let t: TestDatabase;
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

describe('the audit log', () => {
  it('records users without their password hash', async () => {
    const ctx = { actor: 'test', at: new Date('2025-01-01T00:00:00Z') };
    const created = await createUser(t.db, { email: 'anna@example.com', name: 'Anna', role: 'collector', password: 'correct horse battery' }, ctx);
    await updateUser(t.db, created.user.id, { version: 1, name: 'Anna K.' }, ctx);
    const rows = await t.pool.query(`select action, before, after from audit_log where entity = 'users' order by id`);
    expect(rows.rows.map((r) => r.action)).toEqual(['create', 'update']);
    const stored = await t.pool.query(`select password_hash from users where id = $1`, [created.user.id]);
    const hash = stored.rows[0].password_hash as string;
    expect(hash.length).toBeGreaterThan(20);
    for (const r of rows.rows) {
      expect(JSON.stringify(r)).not.toContain(hash);
      expect(r.after.passwordHash).toBe('[redacted]');
    }
    expect(rows.rows[1].after.name).toBe('Anna K.');
  });
});
