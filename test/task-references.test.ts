import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toErrorBody } from '../src/http/errors.ts';
import { insertOutbox, insertTasks, type NewOutboxMessage, type NewTask } from '../src/store/engine-apply.store.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer } from './helpers/scenario.ts';

/**
 * Tasks and outbox messages name an existing customer, and a task an existing assignee or none. The
 * database checks it once per statement instead of by foreign keys row by row (migration 0025), and
 * refuses to delete customers and users, so that a name once checked keeps pointing somewhere.
 */
let t: TestDatabase;
beforeAll(async () => { t = await freshDatabase(); });
afterAll(() => t.close());

const at = new Date('2025-12-02T06:00:00Z');
const task = (customerId: string, assigneeId: string | null = null): NewTask => ({
  customerId, invoiceIds: [], kind: 'callback', stepCode: null, channel: 'call', scriptKey: null, dueDate: '2025-12-02',
  windowStart: at, windowEnd: at, assigneeId, queue: assigneeId ? 'collector' : 'team', priority: 1, dedupeKey: `ref-test:${randomUUID()}`,
});
const message = (customerId: string): NewOutboxMessage => ({
  customerId, invoiceIds: [], stepCode: 'L3', channel: 'email', templateKey: 'l3', language: 'ru', scheduledAt: at, dedupeKey: `ref-test:${randomUUID()}`,
});
const failure = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).not.toBeNull();
  return error as { code: string; constraint?: string; detail?: string };
};
const count = async (table: 'tasks' | 'outbox', customerIds: string[]) =>
  Number((await t.pool.query(`select count(*) from ${table} where customer_id = any($1::uuid[])`, [customerIds])).rows[0].count);

describe('what tasks and outbox messages name (migration 0025)', () => {
  it('a statement naming a customer that does not exist writes none of its rows, and says which key', async () => {
    const known = await makeCustomer(t.db);
    const unknown = randomUUID();
    const error = await failure(insertTasks(t.db, [task(known.id), task(unknown), task(known.id)], at));
    expect(error).toMatchObject({ code: '23503', constraint: 'tasks_customer_id_customers_id_fk', detail: `Key (customer_id)=(${unknown}) is not present in table "customers".` });
    expect(await count('tasks', [known.id, unknown])).toBe(0);
    // the API names the field, as it did for the foreign key
    expect(toErrorBody(error)).toMatchObject({ status: 404, error: { code: 'not_found', fields: { customerId: 'refers to a record that does not exist' } } });

    const outboxError = await failure(insertOutbox(t.db, [message(known.id), message(unknown)], at));
    expect(outboxError).toMatchObject({ code: '23503', constraint: 'outbox_customer_id_customers_id_fk' });
    expect(await count('outbox', [known.id, unknown])).toBe(0);

    expect(await insertTasks(t.db, [task(known.id), task(known.id)], at)).toBe(2);
    expect(await insertOutbox(t.db, [message(known.id)], at)).toBe(1);
  });

  it('a task names an assignee that exists, or none', async () => {
    const c = await makeCustomer(t.db);
    const user = (await t.pool.query(`insert into users (email, name, role, password_hash) values ($1, 'Collector', 'collector', 'x') returning id`, [`${randomUUID()}@example.com`])).rows[0].id as string;
    const stranger = randomUUID();
    const error = await failure(insertTasks(t.db, [task(c.id, user), task(c.id, stranger)], at));
    expect(error).toMatchObject({ code: '23503', constraint: 'tasks_assignee_id_users_id_fk', detail: `Key (assignee_id)=(${stranger}) is not present in table "users".` });
    expect(await insertTasks(t.db, [task(c.id, user), task(c.id, null)], at)).toBe(2);

    // an update that changes what a task names is checked too; other updates are not held up
    const id = (await t.pool.query('select id from tasks where customer_id = $1 and assignee_id = $2', [c.id, user])).rows[0].id as string;
    expect(await failure(t.pool.query('update tasks set assignee_id = $2 where id = $1', [id, stranger]))).toMatchObject({ code: '23503', constraint: 'tasks_assignee_id_users_id_fk' });
    expect(await failure(t.pool.query('update tasks set customer_id = $2 where id = $1', [id, stranger]))).toMatchObject({ code: '23503', constraint: 'tasks_customer_id_customers_id_fk' });
    await insertOutbox(t.db, [message(c.id)], at);
    expect(await failure(t.pool.query('update outbox set customer_id = $2 where customer_id = $1', [c.id, stranger]))).toMatchObject({ code: '23503', constraint: 'outbox_customer_id_customers_id_fk' });
    await t.pool.query(`update tasks set status = 'done', assignee_id = null where id = $1`, [id]);
    expect((await t.pool.query('select status, assignee_id from tasks where id = $1', [id])).rows[0]).toEqual({ status: 'done', assignee_id: null });
  });

  it('customers and users are never deleted', async () => {
    const c = await makeCustomer(t.db);
    expect(await failure(t.pool.query('delete from customers where id = $1', [c.id]))).toMatchObject({ code: '23001' });
    expect(await failure(t.pool.query('truncate customers cascade'))).toMatchObject({ code: '23001' });
    expect(await failure(t.pool.query('delete from users'))).toMatchObject({ code: '23001' });
    expect(Number((await t.pool.query('select count(*) from customers where id = $1', [c.id])).rows[0].count)).toBe(1);
  });
});
