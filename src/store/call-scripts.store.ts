import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';
import type { ScriptStages } from './schema.ts';

export type CallScriptRow = { stepCode: string; language: string; stages: ScriptStages; version: number; updatedAt: Date };

export async function findCallScript(db: DbOrTx, stepCode: string, language: string): Promise<CallScriptRow | undefined> {
  const result = await db.execute(sql`select step_code as "stepCode", language, stages, version, updated_at as "updatedAt"
    from call_scripts where step_code = ${stepCode} and language = ${language}`);
  return result.rows[0] as CallScriptRow | undefined;
}

export async function upsertCallScript(db: DbOrTx, stepCode: string, language: string, stages: ScriptStages, at: Date): Promise<CallScriptRow> {
  const result = await db.execute(sql`insert into call_scripts (step_code, language, stages, created_at, updated_at)
    values (${stepCode}, ${language}, ${JSON.stringify(stages)}::jsonb, ${at}, ${at})
    on conflict (step_code, language) do update set stages = excluded.stages, updated_at = excluded.updated_at, version = call_scripts.version + 1
    returning step_code as "stepCode", language, stages, version, updated_at as "updatedAt"`);
  return result.rows[0] as CallScriptRow;
}
