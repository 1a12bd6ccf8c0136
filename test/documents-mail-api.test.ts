/**
 * Through the API: a customer's documents as PDF on request (read back: text and QR code), each
 * company's SMTP server (the password sealed, never returned, used by the outbox worker against a real
 * SMTP server that demands it), and the e-mails a customer sends back recorded in the timeline beside
 * what we sent (P7, P13, D4).
 */
import PostalMime from 'postal-mime';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../src/actions/deliver-outbox.ts';
import { transportResolver } from '../src/actions/mail-transport.ts';
import { readBack } from './helpers/read-pdf.ts';
import { bootApp, testConfig, type TestApp } from './helpers/test-app.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'debitor-docs-'));
testConfig.dataDir = dataDir; // the SMTP password's key file goes here, not into the working folder

let t: TestApp;
let company: { id: string };
let customer: { id: string };
let smtp: SMTPServer;
let port: number;
const received: string[] = [];
const logins: string[] = [];

beforeAll(async () => {
  t = await bootApp('2025-12-11T06:00:00Z');
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'], allowInsecureAuth: true, logger: false,
    onAuth(auth, _session, callback) {
      logins.push(`${auth.username}:${auth.password}`);
      return auth.username === 'billing' && auth.password === 's3cret-Pa$$' ? callback(null, { user: auth.username }) : callback(new Error('Invalid username or password'));
    },
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => { data += chunk.toString('utf8'); });
      stream.on('end', () => { received.push(data); callback(); });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
  company = (await t.as('admin', { method: 'POST', url: '/api/v1/companies', payload: {
    legalName: 'ООО «Ромашка»', country: 'RU', defaultCurrency: 'RUB', defaultLanguage: 'ru', taxIds: { INN: '7701234567', KPP: '770101001' },
    bankAccounts: [{ bankName: 'ПАО Сбербанк', account: '40702810938000012345', bic: '044525225', correspondentAccount: '30101810400000000225', currency: 'RUB' }],
  } })).json();
  customer = (await t.as('manager', { method: 'POST', url: '/api/v1/customers', payload: {
    companyId: company.id, legalName: 'ООО «Василёк»', country: 'RU', timeZone: 'Europe/Moscow', language: 'ru', collectorId: t.users.collector.id,
  } })).json();
  await t.as('manager', { method: 'POST', url: '/api/v1/contacts', payload: { customerId: customer.id, name: 'Петрова Анна', role: 'cfo', decidesOnPayments: true, emails: { work: 'CFO@vasilek.test' } } });
  for (const [number, issueDate, dueDate, amount] of [['A-1', '2025-10-01', '2025-10-31', '1000.00'], ['A-2', '2025-11-05', '2025-12-10', '2345.67']]) {
    expect((await t.as('manager', { method: 'POST', url: '/api/v1/invoices', payload: { customerId: customer.id, number, issueDate, dueDate, amount, currency: 'RUB' } })).statusCode).toBe(201);
  }
  await t.as('manager', { method: 'POST', url: '/api/v1/payments', payload: { customerId: customer.id, number: 'ПП-17', date: '2025-11-20', amount: '400.00', currency: 'RUB' } });
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await t.close();
});

const documentUrl = (kind: string, query = '') => `/api/v1/customers/${customer.id}/documents/${kind}.pdf${query}`;

describe('documents on request', () => {
  it('the statement of account: open invoices on the date, the balance, the payment QR code (collector of the customer)', async () => {
    const res = await t.as('collector', { method: 'GET', url: documentUrl('statement-of-account') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="statement-of-account-DOC-20251211-[0-9A-F]{8}\.pdf"$/);
    const { text, qrCodes } = await readBack(res.rawPayload);
    for (const s of ['Выписка о состоянии расчётов', 'ООО «Василёк»', 'A-1', 'A-2', '600,00', '2 345,67', 'Итого задолженность, RUB 2 945,67']) expect(text).toContain(s);
    expect(text).toContain('Петрова Анна, финансовый директор'); // the role in the letter's language, not its code
    expect(qrCodes).toHaveLength(1);
    expect(qrCodes[0]).toMatch(/^ST00012\|Name=ООО «Ромашка»\|PersonalAcc=40702810938000012345\|.*\|Sum=294567\|/);
  });

  it('the reconciliation act for a period: opening balance, every invoice and payment in it, closing balance', async () => {
    const res = await t.as('manager', { method: 'GET', url: documentUrl('reconciliation-act', '?from=2025-11-01&to=2025-11-30') });
    expect(res.statusCode).toBe(200);
    const { text, qrCodes } = await readBack(res.rawPayload);
    expect(text).toContain('за период с 01.11.2025 по 30.11.2025');
    expect(text).toContain('Сальдо начальное 1 000,00 Сальдо начальное 1 000,00');
    expect(text).toContain('05.11.2025 A-2 2 345,67 05.11.2025 A-2 2 345,67');
    expect(text).toContain('20.11.2025 ПП-17 400,00 20.11.2025 ПП-17 400,00');
    expect(text).toContain('Сальдо конечное 2 945,67 Сальдо конечное 2 945,67');
    expect(qrCodes[0]).toContain('|Sum=294567|');
    const missing = await t.as('manager', { method: 'GET', url: documentUrl('reconciliation-act') });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('from');
  });

  it('the demand letter and the formal claim, in another language on request; as of a date nothing was owed, refused', async () => {
    const claim = await t.as('manager', { method: 'GET', url: documentUrl('formal-claim', '?language=en') });
    expect(claim.statusCode).toBe(200);
    const back = await readBack(claim.rawPayload);
    expect(back.text).toContain('Formal claim (letter before action)');
    expect(back.text).toContain('2,945.67 RUB');
    expect(back.text).toContain('10 January 2026'); // 30 days to respond (L6)
    const demand = await readBack((await t.as('manager', { method: 'GET', url: documentUrl('demand-letter') })).rawPayload);
    expect(demand.text).toContain('2 945,67 RUB');
    expect((await t.as('manager', { method: 'GET', url: documentUrl('demand-letter', '?asOf=2025-09-30') })).statusCode).toBe(409);
  });

  it('a collector gets no documents of a customer not assigned to them; an unknown kind is a 400', async () => {
    const other = (await t.as('manager', { method: 'POST', url: '/api/v1/customers', payload: { companyId: company.id, legalName: 'ООО Другой', country: 'RU', timeZone: 'Europe/Moscow', language: 'ru' } })).json();
    expect((await t.as('collector', { method: 'GET', url: `/api/v1/customers/${other.id}/documents/statement-of-account.pdf` })).statusCode).toBe(403);
    expect((await t.as('manager', { method: 'GET', url: documentUrl('invoice') })).statusCode).toBe(400);
  });
});

describe('the company\'s SMTP server, and the mail exchanged with the customer', () => {
  const settings = { host: '127.0.0.1', port: 0, secure: false, user: 'billing', password: 's3cret-Pa$$', fromAddress: 'Ромашка <billing@romashka.test>' };
  let sentMessageId: string;

  it('an admin sets it; the password is stored sealed and never returned', async () => {
    expect((await t.as('admin', { method: 'GET', url: `/api/v1/companies/${company.id}/smtp` })).statusCode).toBe(404);
    const put = await t.as('admin', { method: 'PUT', url: `/api/v1/companies/${company.id}/smtp`, payload: { ...settings, port } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ host: '127.0.0.1', port, secure: false, user: 'billing', hasPassword: true });
    expect(put.body).not.toContain('s3cret');
    const got = await t.as('admin', { method: 'GET', url: `/api/v1/companies/${company.id}/smtp` });
    expect(got.body).not.toContain('s3cret');
    expect(got.json().hasPassword).toBe(true);
    const stored = (await t.database.pool.query('select password from smtp_settings where company_id = $1', [company.id])).rows[0].password as string;
    expect(stored).toMatch(/^aes256gcm\$/);
    expect(stored).not.toContain('s3cret');
    const audit = await t.as('admin', { method: 'GET', url: `/api/v1/audit?entity=smtp_settings&entityId=${company.id}` });
    expect(audit.body).not.toContain('s3cret');
    // Changing the port without a password keeps the stored one.
    expect((await t.as('admin', { method: 'PUT', url: `/api/v1/companies/${company.id}/smtp`, payload: { ...settings, port, password: undefined } })).json().hasPassword).toBe(true);
  });

  it('the outbox worker sends through it, logging in with the password', async () => {
    await t.as('manager', { method: 'POST', url: '/api/v1/runs', payload: { asOf: '2025-12-11' } });
    const report = await deliverDue(t.database.db, { now: () => new Date('2025-12-11T09:00:00Z'), transportFor: transportResolver(t.database.db, dataDir), lettersDir: join(dataDir, 'letters') });
    expect(report.sent).toBeGreaterThanOrEqual(1);
    expect(logins).toContain('billing:s3cret-Pa$$');
    expect(received[0]).toMatch(/^To: CFO@vasilek\.test/m);
    sentMessageId = /^Message-ID: (<[^>]+>)/m.exec(received[0]!)![1]!;
    const timeline = (await t.as('collector', { method: 'GET', url: `/api/v1/customers/${customer.id}/timeline` })).json().items;
    expect(timeline.find((i: { kind: string; detail: { direction?: string } }) => i.kind === 'message' && i.detail.direction === 'sent').detail)
      .toMatchObject({ status: 'sent', messageId: sentMessageId, recipient: 'CFO@vasilek.test' });
    // the letter opens from the history as it was sent
    const sent = timeline.find((i: { kind: string; detail: { direction?: string } }) => i.kind === 'message' && i.detail.direction === 'sent').detail.text as string;
    expect(sent.length).toBeGreaterThan(100);
    expect(sent.trim()).toBe(((await PostalMime.parse(received[0]!)).text ?? '').trim());
  });

  it('a reply is recorded for the customer of the message it answers and shows in the timeline', async () => {
    const reply = await rfc822({
      from: 'Анна Петрова <someone.else@gmail.test>', to: 'billing@romashka.test', subject: 'Re: Требование об оплате', inReplyTo: sentMessageId, references: [sentMessageId],
      messageId: '<reply-1@gmail.test>', date: new Date('2025-12-11T10:15:00Z'), text: 'Оплатим 2 945,67 руб. до 15.12.2025, платёжное поручение пришлём.',
    });
    const res = await t.as('collector', { method: 'POST', url: '/api/v1/messages/received', payload: { messageBase64: reply.toString('base64') } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ customerId: customer.id, matchedBy: 'reply', subject: 'Re: Требование об оплате', duplicate: false });
    const again = await t.as('collector', { method: 'POST', url: '/api/v1/messages/received', payload: { messageBase64: reply.toString('base64') } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: res.json().id, duplicate: true });
    const stored = (await t.database.pool.query('select raw from received_messages where id = $1', [res.json().id])).rows[0].raw as Buffer;
    expect(stored.equals(reply)).toBe(true);
    const timeline = (await t.as('viewer', { method: 'GET', url: `/api/v1/customers/${customer.id}/timeline` })).json().items as { kind: string; title: string; at: string; detail: Record<string, unknown> }[];
    const got = timeline.find((i) => i.detail.direction === 'received')!;
    expect(got).toMatchObject({ kind: 'message', title: 'Re: Требование об оплате', at: '2025-12-11T06:00:00.000Z' });
    expect(got.detail).toMatchObject({ from: 'someone.else@gmail.test', fromName: 'Анна Петрова', matchedBy: 'reply', text: expect.stringContaining('Оплатим 2 945,67 руб.') });
  });

  it('a letter from a contact\'s address (any case) is matched by the sender; an unknown sender is refused', async () => {
    const letter = await rfc822({ from: 'cfo@VASILEK.test', to: 'billing@romashka.test', subject: 'Акт сверки', messageId: '<letter-2@vasilek.test>', text: 'Направляем подписанный акт.' });
    const res = await t.as('manager', { method: 'POST', url: '/api/v1/messages/received', payload: { messageBase64: letter.toString('base64') } });
    expect(res.json()).toMatchObject({ customerId: customer.id, matchedBy: 'sender', outboxId: null });
    const stranger = await rfc822({ from: 'nobody@elsewhere.test', to: 'billing@romashka.test', subject: 'Hello', text: 'Hi' });
    const refused = await t.as('manager', { method: 'POST', url: '/api/v1/messages/received', payload: { messageBase64: stranger.toString('base64') } });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.message).toContain('nobody@elsewhere.test');
  });

  it('a password sealed with another data folder\'s key does not open, and the error says what to do', async () => {
    await expect(transportResolver(t.database.db, mkdtempSync(join(tmpdir(), 'debitor-otherkey-')))(company.id)).rejects.toThrow(/secret\.key/);
  });

  it('without SMTP the worker writes .eml files again', async () => {
    expect((await t.as('admin', { method: 'DELETE', url: `/api/v1/companies/${company.id}/smtp` })).statusCode).toBe(204);
    const { transport } = await transportResolver(t.database.db, dataDir)(company.id);
    expect(transport.kind).toBe('eml');
    await transport.send({ messageId: '<eml-check@debitor>', from: 'a@b.test', to: 'c@d.test', subject: 'x', text: 'x', html: '<p>x</p>', attachments: [] });
    expect(readFileSync(join(dataDir, 'mail', 'eml-check@debitor.eml'), 'utf8')).toContain('Message-ID: <eml-check@debitor>');
  });
});

/** A real RFC 822 message, as a mail program would write it (nodemailer, base64/quoted-printable, encoded words). */
async function rfc822(mail: Parameters<ReturnType<typeof nodemailer.createTransport>['sendMail']>[0]): Promise<Buffer> {
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(mail);
  return info.message as Buffer;
}
