import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db.ts';

export type OutboxRow = {
  id: string; customerId: string; invoiceIds: string[]; stepCode: string | null; channel: string; templateKey: string; language: string;
  scheduledAt: Date; status: string; messageId: string | null; attempts: number; conductOverride: string | null;
};

const COLUMNS = sql`id, customer_id as "customerId", invoice_ids as "invoiceIds", step_code as "stepCode", channel, template_key as "templateKey",
  language, scheduled_at as "scheduledAt", status, message_id as "messageId", attempts, conduct_override as "conductOverride"`;

/**
 * Claims the next message that is due (pending, or a retry whose back-off has passed) by moving it to
 * `sending` in its own committed statement, with its stable Message-ID, before anything is sent.
 */
export async function claimNextDue(db: DbOrTx, now: Date): Promise<OutboxRow | undefined> {
  const result = await db.execute(sql`update outbox set status = 'sending', attempts = attempts + 1, last_attempt_at = ${now},
      message_id = coalesce(message_id, '<outbox-' || id || '@debitor>')
    where id = (select id from outbox where status in ('pending', 'retry') and scheduled_at <= ${now}
                and (next_attempt_at is null or next_attempt_at <= ${now}) order by scheduled_at, id limit 1 for update skip locked)
    returning ${COLUMNS}`);
  return result.rows[0] as OutboxRow | undefined;
}

/** Messages a worker was sending when it stopped (still `sending` after `staleAfter`). */
export async function staleSending(db: DbOrTx, olderThan: Date): Promise<OutboxRow[]> {
  const result = await db.execute(sql`select ${COLUMNS} from outbox where status = 'sending' and last_attempt_at < ${olderThan}`);
  return result.rows as OutboxRow[];
}

export type OutboxOutcome =
  | { status: 'sent'; recipient: string; subject: string; text?: string }
  | { status: 'retry'; nextAttemptAt: Date; error: string }
  | { status: 'failed' | 'uncertain'; error: string }
  | { status: 'blocked'; findings: unknown; subject: string; text: string };

export async function recordOutcome(db: DbOrTx, id: string, outcome: OutboxOutcome, now: Date): Promise<void> {
  const o = outcome as Record<string, unknown>;
  await db.execute(sql`update outbox set status = ${outcome.status},
      sent_at = ${outcome.status === 'sent' ? now : null}, recipient = coalesce(${(o.recipient as string) ?? null}, recipient),
      subject = coalesce(${(o.subject as string) ?? null}, subject), body_text = coalesce(${(o.text as string) ?? null}, body_text), next_attempt_at = ${(o.nextAttemptAt as Date) ?? null},
      last_error = ${(o.error as string) ?? null}, conduct_findings = ${o.findings === undefined ? null : JSON.stringify(o.findings)}::jsonb
    where id = ${id}`);
}

/** An admin sends a blocked message anyway, with a recorded reason. */
export async function releaseBlocked(db: DbOrTx, id: string, reason: string): Promise<boolean> {
  const result = await db.execute(sql`update outbox set status = 'pending', conduct_override = ${reason}, next_attempt_at = null
    where id = ${id} and status = 'blocked'`);
  return (result.rowCount ?? 0) > 0;
}

export async function templateOverride(db: DbOrTx, language: string, kind: string): Promise<{ subject: string; body: string } | undefined> {
  const result = await db.execute(sql`select subject, body from message_templates where language = ${language} and kind = ${kind}`);
  return result.rows[0] as { subject: string; body: string } | undefined;
}

/** A company's SMTP server; `password` is sealed (actions/secrets.ts). */
export async function smtpSettingsOf(db: DbOrTx, companyId: string) {
  const result = await db.execute(sql`select host, port, secure, "user", password, from_address as "fromAddress", updated_at as "updatedAt"
    from smtp_settings where company_id = ${companyId}`);
  return result.rows[0] as (SmtpSettingsRow & { updatedAt: Date }) | undefined;
}

export async function customerCompany(db: DbOrTx, customerId: string): Promise<string> {
  const result = await db.execute(sql`select company_id as "companyId" from customers where id = ${customerId}`);
  return (result.rows[0] as { companyId: string }).companyId;
}

export type SmtpSettingsRow = { host: string; port: number; secure: boolean; user: string | null; password: string | null; fromAddress: string };

/** Sets a company's SMTP server (the password as given: sealed by the caller), replacing any before. */
export async function saveSmtpSettings(db: DbOrTx, companyId: string, s: SmtpSettingsRow, now: Date): Promise<void> {
  await db.execute(sql`insert into smtp_settings (company_id, host, port, secure, "user", password, from_address, updated_at)
    values (${companyId}, ${s.host}, ${s.port}, ${s.secure}, ${s.user}, ${s.password}, ${s.fromAddress}, ${now})
    on conflict (company_id) do update set host = excluded.host, port = excluded.port, secure = excluded.secure, "user" = excluded."user",
      password = excluded.password, from_address = excluded.from_address, updated_at = excluded.updated_at`);
}

export async function deleteSmtpSettings(db: DbOrTx, companyId: string): Promise<boolean> {
  const result = await db.execute(sql`delete from smtp_settings where company_id = ${companyId}`);
  return (result.rowCount ?? 0) > 0;
}
