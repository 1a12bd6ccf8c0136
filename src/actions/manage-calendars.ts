import { sql } from 'drizzle-orm';
import { calendarFor, isWorkingDay } from '../domain/calendar/index.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { calendarExceptionsByCountry } from '../store/policies.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';

/**
 * Business calendars: the shipped ones (Russia's decrees 2024–2026, Ukraine, Bulgaria, a generic
 * Saturday–Sunday weekend) plus an admin's additions per country, which win for their date.
 */
export async function listCalendarExceptions(db: DbOrTx, country: string) {
  return (await calendarExceptionsByCountry(db)).get(country) ?? [];
}

export async function addCalendarException(db: DbOrTx, country: string, e: { date: string; kind: 'working' | 'non_working'; note?: string | undefined }, ctx: WriteContext) {
  await db.execute(sql`insert into calendar_exceptions (country, date, kind, note, created_at) values (${country}, ${e.date}, ${e.kind}, ${e.note ?? null}, ${ctx.at})
    on conflict (country, date) do update set kind = excluded.kind, note = excluded.note`);
  await writeAudit(db, { ...ctx, entity: 'calendar_exceptions', entityId: `${country}:${e.date}`, action: 'update', before: null, after: e });
  return e;
}

/** Working days of a month on a country's calendar, for people to check. */
export async function workingDays(db: DbOrTx, country: string, month: string): Promise<{ date: string; working: boolean }[]> {
  const cal = calendarFor(country, await listCalendarExceptions(db, country));
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => {
    const date = `${month}-${String(i + 1).padStart(2, '0')}`;
    return { date, working: isWorkingDay(cal, date) };
  });
}
