import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkConduct, isBlocked, type ConductLanguage } from '../domain/conduct/index.ts';
import type { Language } from '../domain/fields.ts';
import { isTransient, type MailTransport } from '../outputs/mail/transport.ts';
import { renderPdf } from '../outputs/pdf/render.ts';
import type { DocumentKind } from '../outputs/pdf/types.ts';
import { renderMessage } from '../outputs/templates/index.ts';
import type { MessageKind } from '../outputs/view-model.ts';
import type { Db } from '../store/db.ts';
import { claimNextDue, customerCompany, recordOutcome, staleSending, templateOverride, type OutboxRow } from '../store/outbox.store.ts';
import { buildLetter, KIND_OF_TEMPLATE } from './build-letter.ts';

export type DeliveryDeps = {
  now: () => Date;
  /** The transport of the customer's seller company, and its From address. */
  transportFor(companyId: string): Promise<{ transport: MailTransport; from: string }>;
  /** Where letters to post (channel `letter`) are written as PDF for printing. */
  lettersDir: string;
};

const MAX_ATTEMPTS = 5;
const BACKOFF_MINUTES = [1, 5, 25, 125]; // after attempts 1, 2, 3, 4
const STALE_AFTER_MS = 10 * 60_000;
const PDF_OF: Partial<Record<MessageKind, DocumentKind>> = { 'demand-letter': 'demand-letter', 'formal-claim': 'formal-claim', 'statement-of-account': 'statement-of-account' };

export type DeliveryReport = Record<'sent' | 'retry' | 'failed' | 'blocked' | 'uncertain' | 'recovered', number>;

/**
 * The outbox worker: sends the messages that are due. A message is sent at most once: it is claimed
 * (`sending`, with a stable Message-ID) before it leaves; a worker that dies between sending and
 * recording leaves it `sending`, and the next pass asks the transport whether that Message-ID left (the
 * .eml folder knows) or, when it cannot know (SMTP), marks it `uncertain` for a person instead of
 * sending it again. Before anything goes out, its text passes the conduct check (U1–U4, N1, N6, S2).
 */
export async function deliverDue(db: Db, deps: DeliveryDeps, limit = 100): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retry: 0, failed: 0, blocked: 0, uncertain: 0, recovered: 0 };
  await recover(db, deps, report);
  for (let i = 0; i < limit; i++) {
    const row = await claimNextDue(db, deps.now());
    if (!row) break;
    report[await deliverOne(db, deps, row)] += 1;
  }
  return report;
}

async function recover(db: Db, deps: DeliveryDeps, report: DeliveryReport) {
  for (const row of await staleSending(db, new Date(deps.now().getTime() - STALE_AFTER_MS))) {
    const { transport } = await deps.transportFor(await companyOf(db, row));
    const sent = transport.wasSent(row.messageId!);
    if (sent === true) await recordOutcome(db, row.id, { status: 'sent', recipient: '(recovered)', subject: '(recovered)' }, deps.now());
    else if (sent === false) await recordOutcome(db, row.id, { status: 'retry', nextAttemptAt: deps.now(), error: 'the worker stopped before sending' }, deps.now());
    else await recordOutcome(db, row.id, { status: 'uncertain', error: 'the worker stopped while sending: check the mailbox before sending again' }, deps.now());
    report.recovered += 1;
  }
}

async function companyOf(db: Db, row: OutboxRow): Promise<string> {
  return customerCompany(db, row.customerId);
}

async function deliverOne(db: Db, deps: DeliveryDeps, row: OutboxRow): Promise<keyof DeliveryReport> {
  const now = deps.now();
  const kind = KIND_OF_TEMPLATE[row.templateKey] ?? 'due-date-reminder';
  const asOf = now.toISOString().slice(0, 10);
  const { vm, recipient, companyId } = await buildLetter(db, {
    customerId: row.customerId, invoiceIds: row.invoiceIds, kind, asOf, reference: `DBT-${row.id.slice(0, 8).toUpperCase()}`, language: row.language as Language,
  });
  const override = await templateOverride(db, vm.language, kind);
  const message = renderMessage(vm, override ? { [kind]: override } : undefined);
  const findings = checkConduct(`${message.subject}\n${message.text}`, vm.language as ConductLanguage);
  if (isBlocked(findings) && !row.conductOverride) {
    await recordOutcome(db, row.id, { status: 'blocked', findings, subject: message.subject, text: message.text }, now);
    return 'blocked';
  }
  const pdfKind = PDF_OF[kind];
  const pdf = pdfKind ? await renderPdf(pdfKind, vm) : undefined;
  if (row.channel === 'letter') { // by post: the PDF goes to the print folder
    mkdirSync(deps.lettersDir, { recursive: true });
    writeFileSync(join(deps.lettersDir, `${vm.reference}.pdf`), pdf ?? (await renderPdf('statement-of-account', vm)));
    await recordOutcome(db, row.id, { status: 'sent', recipient: 'post', subject: message.subject, text: message.text }, now);
    return 'sent';
  }
  if (row.channel !== 'email') {
    await recordOutcome(db, row.id, { status: 'failed', error: `no gateway for ${row.channel} messages is configured` }, now);
    return 'failed';
  }
  if (!recipient) {
    await recordOutcome(db, row.id, { status: 'failed', error: 'the customer has no contact with an e-mail address (P8)' }, now);
    return 'failed';
  }
  try {
    const { transport, from } = await deps.transportFor(companyId); // a password that no longer opens fails here, visibly
    await transport.send({
      messageId: row.messageId!, from, to: recipient, subject: message.subject, text: message.text, html: message.html,
      attachments: pdf ? [{ filename: `${vm.reference}.pdf`, content: pdf, contentType: 'application/pdf' }] : [],
    });
  } catch (error) {
    const reason = (error as Error).message;
    if (isTransient(error) && row.attempts < MAX_ATTEMPTS) {
      const minutes = BACKOFF_MINUTES[row.attempts - 1] ?? 125;
      await recordOutcome(db, row.id, { status: 'retry', nextAttemptAt: new Date(now.getTime() + minutes * 60_000), error: reason }, now);
      return 'retry';
    }
    await recordOutcome(db, row.id, { status: 'failed', error: reason }, now);
    return 'failed';
  }
  await recordOutcome(db, row.id, { status: 'sent', recipient, subject: message.subject, text: message.text }, now);
  return 'sent';
}
