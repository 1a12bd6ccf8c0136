import type { Principal } from '../domain/access.ts';
import { addCalendarDays } from '../domain/calendar/index.ts';
import { formatAmount } from '../domain/money.ts';
import { renderCalendar } from '../outputs/ical.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { calendarRows, setCalendarTokenHash, userByCalendarToken } from '../store/workspace.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { hashSecret, newSecret } from './secrets.ts';

/**
 * L8: a calendar application subscribes to the user's open tasks by a secret URL. Creating it again
 * replaces the secret (the old URL stops working); only its hash is stored.
 */
export async function rotateCalendarFeed(db: DbOrTx, principal: Principal, ctx: WriteContext): Promise<{ token: string; path: string }> {
  const token = newSecret('cal_');
  await setCalendarTokenHash(db, principal.userId, hashSecret(token), ctx.at);
  await writeAudit(db, { ...ctx, entity: 'users', entityId: principal.userId, action: 'calendar_feed', before: null, after: { rotated: true } });
  return { token, path: `/ical/${token}.ics` };
}

const PAST_DAYS = 7;
const FUTURE_DAYS = 62;

/** The feed: open tasks from a week back to two months ahead; undefined when the token is unknown. */
export async function calendarFeed(db: DbOrTx, token: string, now: Date): Promise<string | undefined> {
  const user = await userByCalendarToken(db, hashSecret(token));
  if (!user) return undefined;
  const today = now.toISOString().slice(0, 10);
  const rows = await calendarRows(db, { from: addCalendarDays(today, -PAST_DAYS), to: addCalendarDays(today, FUTURE_DAYS), assigneeId: user.id, openOnly: true }, 5000);
  return renderCalendar(`Debitor — ${user.name}`, rows.map((r) => ({
    uid: `task-${r.id}@debitor`, start: r.windowStart, end: r.windowEnd, stamp: now,
    summary: `${r.stepCode ?? r.kind} ${r.channel}: ${r.customerName}${r.currency ? ` — ${formatAmount(r.balance, r.currency)} ${r.currency}` : ''}`,
    description: `Invoices: ${(r.invoiceNumbers ?? []).join(', ')}\nCustomer time zone: ${r.timeZone}`,
  })));
}
