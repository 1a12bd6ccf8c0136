import { z } from 'zod';
import type { Principal } from '../domain/access.ts';
import { language, timeZone } from '../domain/fields.ts';
import type { DbOrTx } from '../store/db.ts';
import { users } from '../store/schema.ts';
import { findById, updateAudited, type WriteContext } from '../store/versioned.store.ts';

export const MySettings = z.strictObject({ language: language.optional(), timeZone: timeZone.optional() });
export type MySettings = z.infer<typeof MySettings>;

/** A user chooses their own interface language and time zone (the call windows are shown in it too, L8). */
export async function updateMySettings(db: DbOrTx, principal: Principal, input: MySettings, ctx: WriteContext) {
  const current = await findById<typeof users.$inferSelect>(db, users, principal.userId);
  const row = await updateAudited<typeof users.$inferSelect>(db, users, principal.userId, current!.version, input, ctx);
  return { userId: row.id, name: row.name, role: row.role, language: row.language, timeZone: row.timeZone };
}

/** Who I am, with my language and time zone. */
export async function mySettings(db: DbOrTx, principal: Principal) {
  const row = await findById<typeof users.$inferSelect>(db, users, principal.userId);
  return { userId: principal.userId, name: principal.name, role: principal.role, via: principal.via, language: row?.language ?? 'ru', timeZone: row?.timeZone ?? 'Europe/Moscow' };
}
