import { sql } from 'drizzle-orm';
import { calendarFor } from '../domain/calendar/index.ts';
import { DomainError } from '../domain/errors.ts';
import { parseAmount } from '../domain/money.ts';
import { PRESET_POLICIES } from '../domain/policy/presets.ts';
import { previewPolicy } from '../domain/policy/preview.ts';
import type { Policy } from '../domain/policy/types.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { calendarExceptionsByCountry, storedPolicies } from '../store/policies.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import type { PolicyInput } from './policy-input.ts';

/** Policies are data: the presets, and the ones an admin edited or added (by code). */
export async function listPolicies(db: DbOrTx): Promise<Policy[]> {
  return Object.values({ ...PRESET_POLICIES, ...(await storedPolicies(db)) });
}

export async function findPolicy(db: DbOrTx, code: string): Promise<Policy> {
  const policy = (await listPolicies(db)).find((p) => p.code === code);
  if (!policy) throw new DomainError('not_found', `policy: no policy with code ${code}`, { code: 'unknown' });
  return policy;
}

export async function savePolicy(db: DbOrTx, code: string, input: PolicyInput, ctx: WriteContext): Promise<Policy> {
  const before = (await storedPolicies(db))[code] ?? null;
  const { minBalance, name, ...rest } = input;
  // The minimum balance is in major units of whatever currency an invoice has (2 decimals).
  const definition = { ...rest, minBalanceMinor: parseAmount(minBalance, 'EUR', 'minBalance').toString() };
  await db.execute(sql`insert into policies (code, name, definition, created_at, updated_at) values (${code}, ${name}, ${JSON.stringify(definition)}::jsonb, ${ctx.at}, ${ctx.at})
    on conflict (code) do update set name = excluded.name, definition = excluded.definition, updated_at = excluded.updated_at, version = policies.version + 1`);
  await writeAudit(db, { ...ctx, entity: 'policies', entityId: code, action: before ? 'update' : 'create', before, after: { name, ...definition } });
  return findPolicy(db, code);
}

export async function assignRiskClassPolicy(db: DbOrTx, riskClass: string, policyCode: string, ctx: WriteContext) {
  await findPolicy(db, policyCode);
  await db.execute(sql`insert into risk_class_policies (risk_class, policy_code, updated_at) values (${riskClass}, ${policyCode}, ${ctx.at})
    on conflict (risk_class) do update set policy_code = excluded.policy_code, updated_at = excluded.updated_at`);
  await writeAudit(db, { ...ctx, entity: 'risk_class_policies', entityId: riskClass, action: 'update', before: null, after: { policyCode } });
  return { riskClass, policyCode };
}

export async function previewPolicyFor(db: DbOrTx, code: string, input: { dueDate: string; country: string; timeZone: string; claimResponseDays?: number | undefined }) {
  const policy = await findPolicy(db, code);
  const extra = (await calendarExceptionsByCountry(db)).get(input.country) ?? [];
  return { policy: policy.code, ...previewPolicy(policy, input.dueDate, calendarFor(input.country, extra), input.timeZone, input.claimResponseDays) };
}
