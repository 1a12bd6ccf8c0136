import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { checkConduct, isBlocked, type ConductFinding, type ConductLanguage } from '../domain/conduct/index.ts';
import { DomainError } from '../domain/errors.ts';
import { LANGUAGES, type Language } from '../domain/fields.ts';
import { fixtureViewModel } from '../outputs/pdf/fixtures.ts';
import { DEFAULT_TEMPLATES, render, renderMessage, validateTemplate } from '../outputs/templates/index.ts';
import type { LetterViewModel, MessageKind } from '../outputs/view-model.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { DbOrTx } from '../store/db.ts';
import type { WriteContext } from '../store/versioned.store.ts';

export const MESSAGE_KIND_LIST = ['pre-due-reminder', 'due-date-reminder', 'demand-letter', 'official-letter-request', 'formal-claim',
  'payment-plan-confirmation', 'promise-confirmation', 'statement-of-account', 'reconciliation-act-cover'] as const;

export const TemplateInput = z.strictObject({
  subject: z.string().min(1).max(500),
  body: z.string().min(1).max(50_000),
  conductOverride: z.string().min(10, 'state the reason in a sentence').max(2000).optional(), // an admin's recorded reason
});
export type TemplateInput = z.infer<typeof TemplateInput>;

/** Templates: the defaults in code, and an admin's edits per language and kind. */
export async function listTemplates(db: DbOrTx) {
  const edited = await db.execute(sql`select language, kind, subject, body, updated_at as "updatedAt" from message_templates`);
  const byKey = new Map((edited.rows as { language: string; kind: string; subject: string; body: string }[]).map((r) => [`${r.language}/${r.kind}`, r]));
  return LANGUAGES.flatMap((language) => MESSAGE_KIND_LIST.map((kind) => {
    const own = byKey.get(`${language}/${kind}`);
    const def = DEFAULT_TEMPLATES[language][kind];
    return { language, kind, edited: Boolean(own), subject: own?.subject ?? def.subject, body: own?.body ?? def.body };
  }));
}

/**
 * A template is saved only when every field it names exists (validateTemplate) and its text passes the
 * conduct check in its language (U1–U4, N1, N6, S2) — or an admin records why it may go anyway.
 */
export async function saveTemplate(db: DbOrTx, language: Language, kind: MessageKind, input: TemplateInput, ctx: WriteContext) {
  const preview = previewTemplate(language, kind, input);
  if (isBlocked(preview.findings) && !input.conductOverride) {
    const first = preview.findings.find((f) => f.severity === 'block')!;
    throw new DomainError('validation_failed', `body: "${first.phrase}" breaks ${first.practice} (${first.rule}); try: ${first.suggestion}`, { body: `${first.rule}: ${first.phrase}` }, { findings: preview.findings });
  }
  await db.execute(sql`insert into message_templates (language, kind, subject, body, created_at, updated_at) values (${language}, ${kind}, ${input.subject}, ${input.body}, ${ctx.at}, ${ctx.at})
    on conflict (language, kind) do update set subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at, version = message_templates.version + 1`);
  await writeAudit(db, { ...ctx, entity: 'message_templates', entityId: `${language}/${kind}`, action: 'update', before: null, after: { ...input } });
  return preview;
}

/** The live preview: the template rendered for a sample letter, with its conduct findings. */
export function previewTemplate(language: Language, kind: MessageKind, input: { subject: string; body: string }, vm?: LetterViewModel) {
  for (const [field, source] of [['subject', input.subject], ['body', input.body]] as const) {
    const check = validateTemplate(source);
    if (!check.ok) {
      const fields = Object.fromEntries(check.errors.map((e) => [`${field}`, `${e.field}: ${e.reason}`]));
      throw new DomainError('validation_failed', `${field}: ${check.errors.map((e) => `${e.field}: ${e.reason}`).join('; ')}`, fields);
    }
  }
  const sample: LetterViewModel = vm ?? { ...fixtureViewModel(language === 'bg' ? 'BG' : language === 'uk' ? 'UA' : 'RU', 3, kind), kind, language };
  const message = renderMessage(sample, { [kind]: { subject: input.subject, body: input.body } });
  const findings: ConductFinding[] = checkConduct(`${render(input.subject, sample, 'text')}\n${message.text}`, language as ConductLanguage);
  return { ...message, findings };
}
