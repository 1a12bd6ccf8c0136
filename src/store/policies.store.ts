import { sql } from 'drizzle-orm';
import type { CalendarException } from '../domain/calendar/index.ts';
import type { Policy } from '../domain/policy/types.ts';
import type { DbOrTx } from './db.ts';

type StoredDefinition = Omit<Policy, 'code' | 'name' | 'minBalanceMinor'> & { minBalanceMinor: string };

/** Policies edited through the API, by code (they override a preset of the same code). */
export async function storedPolicies(db: DbOrTx): Promise<Record<string, Policy>> {
  const result = await db.execute(sql`select code, name, definition from policies`);
  const out: Record<string, Policy> = {};
  for (const row of result.rows as { code: string; name: string; definition: StoredDefinition }[]) {
    out[row.code] = { ...row.definition, code: row.code, name: row.name, minBalanceMinor: BigInt(row.definition.minBalanceMinor) };
  }
  return out;
}

export async function calendarExceptionsByCountry(db: DbOrTx): Promise<Map<string, CalendarException[]>> {
  const result = await db.execute(sql`select country, date, kind, note from calendar_exceptions order by country, date`);
  const out = new Map<string, CalendarException[]>();
  for (const r of result.rows as (CalendarException & { country: string })[]) {
    const { country, ...e } = r;
    (out.get(country) ?? out.set(country, []).get(country)!).push({ date: e.date, kind: e.kind, ...(e.note ? { note: e.note } : {}) });
  }
  return out;
}
