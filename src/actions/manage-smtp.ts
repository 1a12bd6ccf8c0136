import { z } from 'zod';
import { DomainError } from '../domain/errors.ts';
import { writeAudit } from '../store/audit.store.ts';
import type { DbOrTx } from '../store/db.ts';
import { deleteSmtpSettings, saveSmtpSettings, smtpSettingsOf, type SmtpSettingsRow } from '../store/outbox.store.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { getCompany } from './find-records.ts';
import { dataKey, sealSecret } from './secrets.ts';

/**
 * A company's SMTP server (host, port, TLS, login): the outbox worker sends that company's mail through
 * it; without one, mail is written as .eml files. The password is sealed (secrets.ts) and never shown:
 * reading the settings says only whether there is one. Omitting `password` keeps the stored one.
 */
export const SmtpInput = z.strictObject({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean().describe('TLS from the start (usually port 465); false: plain, upgraded with STARTTLS when the server offers it'),
  user: z.string().min(1).max(320).nullable().describe('null: the server takes mail without a login'),
  password: z.string().min(1).max(1000).nullable().optional().describe('omitted: keep the stored password; null: remove it'),
  fromAddress: z.string().min(3).max(320).describe('the From of the company\'s mail, e.g. "Billing <billing@seller.example>"'),
});
export type SmtpInput = z.infer<typeof SmtpInput>;

export type SmtpView = { companyId: string; host: string; port: number; secure: boolean; user: string | null; hasPassword: boolean; fromAddress: string; updatedAt: string };

export async function getSmtp(db: DbOrTx, companyId: string): Promise<SmtpView> {
  await getCompany(db, companyId);
  const s = await smtpSettingsOf(db, companyId);
  if (!s) throw new DomainError('not_found', `company ${companyId} has no SMTP server: its mail is written as .eml files`);
  return view(companyId, s, s.updatedAt);
}

export async function putSmtp(db: DbOrTx, dataDir: string, companyId: string, input: SmtpInput, ctx: WriteContext): Promise<SmtpView> {
  await getCompany(db, companyId);
  const before = await smtpSettingsOf(db, companyId);
  const password = input.user === null || input.password === null ? null
    : input.password !== undefined ? sealSecret(input.password, dataKey(dataDir))
      : before?.password ?? null;
  const row: SmtpSettingsRow = { host: input.host, port: input.port, secure: input.secure, user: input.user, password, fromAddress: input.fromAddress };
  await saveSmtpSettings(db, companyId, row, ctx.at);
  const after = view(companyId, row, ctx.at);
  await writeAudit(db, { ...ctx, entity: 'smtp_settings', entityId: companyId, action: before ? 'update' : 'create', before: before && view(companyId, before, before.updatedAt), after });
  return after;
}

export async function deleteSmtp(db: DbOrTx, companyId: string, ctx: WriteContext): Promise<void> {
  await getCompany(db, companyId);
  const before = await smtpSettingsOf(db, companyId);
  if (!before || !(await deleteSmtpSettings(db, companyId))) throw new DomainError('not_found', `company ${companyId} has no SMTP server`);
  await writeAudit(db, { ...ctx, entity: 'smtp_settings', entityId: companyId, action: 'delete', before: view(companyId, before, before.updatedAt), after: null });
}

function view(companyId: string, s: SmtpSettingsRow, updatedAt: Date): SmtpView {
  return { companyId, host: s.host, port: s.port, secure: s.secure, user: s.user, hasPassword: s.password !== null, fromAddress: s.fromAddress, updatedAt: new Date(updatedAt).toISOString() };
}
