import { eq } from 'drizzle-orm';
import { notFound } from '../domain/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { tasks } from '../store/schema.ts';

export async function taskCustomer(db: DbOrTx, taskId: string): Promise<string> {
  const [row] = await db.select({ customerId: tasks.customerId }).from(tasks).where(eq(tasks.id, taskId)).limit(1);
  if (!row) throw notFound('task', taskId);
  return row.customerId;
}
