import { z } from 'zod';
import type { Principal } from '../domain/access.ts';
import { notFound } from '../domain/errors.ts';
import { language, timeZone } from '../domain/fields.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { updateUserSettings, userSettings } from '../store/workspace.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';

export const MySettings = z.strictObject({ language: language.optional(), timeZone: timeZone.optional() });
export type MySettings = z.infer<typeof MySettings>;

/**
 * A user chooses their own interface language and time zone (the call windows are shown in it too, L8).
 * The audit row holds only these two settings, never the user's secrets.
 */
export async function updateMySettings(db: DbOrTx, principal: Principal, input: MySettings, ctx: WriteContext) {
  const { before, after } = await updateUserSettings(db, principal.userId, input, ctx.at);
  if (!after) throw notFound('user', principal.userId);
  await writeAudit(db, { ...ctx, entity: 'users', entityId: principal.userId, action: 'update',
    before: before && { language: before.language, timeZone: before.timeZone }, after: { language: after.language, timeZone: after.timeZone } });
  return { userId: after.id, name: after.name, role: after.role, language: after.language, timeZone: after.timeZone };
}

/** Who I am, with my language and time zone. */
export async function mySettings(db: DbOrTx, principal: Principal) {
  const row = await userSettings(db, principal.userId);
  return { userId: principal.userId, name: principal.name, role: principal.role, via: principal.via, language: row?.language ?? 'ru', timeZone: row?.timeZone ?? 'Europe/Moscow' };
}
