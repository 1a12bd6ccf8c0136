import { z } from 'zod';
import { checkConduct, isBlocked, type ConductLanguage } from '../domain/conduct/index.ts';
import { scriptText, STAGES } from '../domain/call-scripts/index.ts';
import { DomainError } from '../domain/errors.ts';
import type { Language } from '../domain/fields.ts';
import { writeAudit } from '../store/audit.store.ts';
import { upsertCallScript } from '../store/call-scripts.store.ts';
import type { DbOrTx } from '../store/db.ts';
import type { WriteContext } from '../store/versioned.store.ts';

const lines = z.array(z.string().min(1).max(2000)).max(50);
export const CallScriptInput = z.strictObject(Object.fromEntries(STAGES.map((s) => [s, lines])) as Record<(typeof STAGES)[number], typeof lines>);
export type CallScriptInput = z.infer<typeof CallScriptInput>;

/**
 * An admin or manager edits the script of a step in a language. It is saved only when its text passes
 * the conduct check (U1–U4, N1, N6, and S2: never open with an apology).
 */
export async function saveCallScript(db: DbOrTx, stepCode: string, language: Language, input: CallScriptInput, ctx: WriteContext) {
  const findings = checkConduct(scriptText(input), language as ConductLanguage);
  if (isBlocked(findings)) {
    const first = findings.find((f) => f.severity === 'block')!;
    throw new DomainError('validation_failed', `stages: "${first.phrase}" breaks ${first.practice} (${first.rule}); try: ${first.suggestion}`, { stages: `${first.rule}: ${first.phrase}` }, { findings });
  }
  const row = await upsertCallScript(db, stepCode, language, input, ctx.at);
  await writeAudit(db, { ...ctx, entity: 'call_scripts', entityId: `${stepCode}/${language}`, action: 'update', before: null, after: input });
  return { stepCode, language, stages: row.stages, edited: true, version: row.version, findings };
}
