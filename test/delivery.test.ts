import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContact } from '../src/actions/create-contact.ts';
import { deliverDue, type DeliveryDeps } from '../src/actions/deliver-outbox.ts';
import { transportResolver } from '../src/actions/mail-transport.ts';
import { runCollection } from '../src/actions/run-collection.ts';
import type { Db } from '../src/store/db.ts';
import { freshDatabase, type TestDatabase } from './helpers/test-db.ts';
import { makeCustomer, makeInvoice, type ScenarioCustomer } from './helpers/scenario.ts';

/** Delivery through a real SMTP exchange on loopback, and the .eml folder when no SMTP is configured. */
let t: TestDatabase;
let server: SMTPServer;
let port: number;
const received: string[] = [];
let refuseNext = 0;
const ctx = { actor: 'test', at: new Date('2025-01-01T00:00:00Z') };
const admin = { userId: 'test', role: 'admin' as const, name: 'test', via: 'cli' as const };

beforeAll(async () => {
  t = await freshDatabase();
  server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => { data += chunk.toString('utf8'); });
      stream.on('end', () => {
        if (refuseNext > 0) {
          refuseNext -= 1;
          return callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: 421 }));
        }
        received.push(data);
        return callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

async function customerWithDemand(number: string, smtp: boolean): Promise<ScenarioCustomer> {
  const c = await makeCustomer(t.db);
  await createContact(t.db, admin, { customerId: c.id, name: 'Ирина Петрова', role: 'cfo', decidesOnPayments: true, phones: {}, emails: { work: `cfo-${number}@pokupatel.ru` }, messengers: {} }, ctx);
  await makeInvoice(t.db, c, number, '2025-12-10', '1234.50');
  const company = (await t.pool.query('select company_id from customers where id = $1', [c.id])).rows[0].company_id as string;
  await t.pool.query(`update companies set tax_ids = '{"INN":"7707083893","KPP":"773601001"}', bank_accounts = '[{"bankName":"ПАО Сбербанк","account":"40702810938000012345","bic":"044525225","correspondentAccount":"30101810400000000225","currency":"RUB"}]' where id = $1`, [company]);
  if (smtp) await t.pool.query(`insert into smtp_settings (company_id, host, port, secure, from_address) values ($1, '127.0.0.1', $2, false, 'billing@seller.ru') on conflict (company_id) do update set port = excluded.port`, [company, port]);
  else await t.pool.query('delete from smtp_settings where company_id = $1', [company]);
  await runCollection(t.db, '2025-12-11', { dryRun: false, now: () => new Date('2025-12-11T05:00:00Z') });
  return c;
}

function deps(db: Db, at: string, mailDir: string, onSent?: () => void): DeliveryDeps {
  const resolve = transportResolver(db, mailDir);
  return {
    now: () => new Date(at), lettersDir: join(mailDir, 'letters'),
    async transportFor(companyId) {
      const r = await resolve(companyId);
      return { ...r, transport: { ...r.transport, send: async (m) => { const res = await r.transport.send(m); onSent?.(); return res; } } };
    },
  };
}

const outboxOf = async (c: ScenarioCustomer) => (await t.pool.query('select status, attempts, message_id, recipient, last_error, next_attempt_at from outbox where customer_id = $1', [c.id])).rows;

describe('e-mail through SMTP', () => {
  it('sends the L3 demand with the PDF attached, once, with a stable Message-ID', async () => {
    received.length = 0;
    const mailDir = mkdtempSync(join(tmpdir(), 'debitor-mail-'));
    const c = await customerWithDemand('E-1', true);
    const report = await deliverDue(t.db, deps(t.db, '2025-12-11T07:00:00Z', mailDir));
    expect(report.sent).toBe(1);
    expect(received).toHaveLength(1);
    const raw = received[0]!;
    const [row] = await outboxOf(c);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, recipient: 'cfo-E-1@pokupatel.ru' });
    expect(raw).toContain(`Message-ID: ${row.message_id}`);
    expect(raw).toMatch(/^From: billing@seller\.ru/m);
    expect(raw).toMatch(/^To: cfo-E-1@pokupatel\.ru/m);
    expect(raw).toMatch(/Content-Type: application\/pdf; name=DBT-/);
    const text = decodeTextPart(raw);
    expect(text).toContain('E-1');
    expect(text).toContain('1 234,50');
    expect(await deliverDue(t.db, deps(t.db, '2025-12-11T08:00:00Z', mailDir))).toMatchObject({ sent: 0 });
    expect(received).toHaveLength(1);
  });

  it('retries a transient refusal (421) with back-off', async () => {
    received.length = 0;
    refuseNext = 1;
    const mailDir = mkdtempSync(join(tmpdir(), 'debitor-mail-'));
    const c = await customerWithDemand('E-2', true);
    expect((await deliverDue(t.db, deps(t.db, '2025-12-11T07:00:00Z', mailDir))).retry).toBe(1);
    const [first] = await outboxOf(c);
    expect(first.status).toBe('retry');
    expect(new Date(first.next_attempt_at).toISOString()).toBe('2025-12-11T07:01:00.000Z');
    expect((await deliverDue(t.db, deps(t.db, '2025-12-11T07:00:30Z', mailDir))).sent).toBe(0); // not before the back-off
    expect((await deliverDue(t.db, deps(t.db, '2025-12-11T07:02:00Z', mailDir))).sent).toBe(1);
    expect(received).toHaveLength(1);
  });

  it('a worker that dies between sending and recording does not send twice', async () => {
    received.length = 0;
    const mailDir = mkdtempSync(join(tmpdir(), 'debitor-mail-'));
    const c = await customerWithDemand('E-3', true);
    let dead = false;
    const dying = new Proxy(t.db, { get(target, prop, receiver) {
      if (prop === 'execute' && dead) return () => { throw new Error('killed'); };
      return Reflect.get(target, prop, receiver) as unknown;
    } });
    await expect(deliverDue(dying, deps(dying, '2025-12-11T07:00:00Z', mailDir, () => { dead = true; }))).rejects.toThrow('killed');
    expect(received).toHaveLength(1);
    expect((await outboxOf(c))[0].status).toBe('sending');
    const after = await deliverDue(t.db, deps(t.db, '2025-12-11T07:30:00Z', mailDir));
    expect(after.recovered).toBe(1);
    expect(received).toHaveLength(1); // SMTP cannot tell: a person checks
    expect((await outboxOf(c))[0].status).toBe('uncertain');
  });
});

describe('without SMTP: .eml files', () => {
  it('writes the message to the mail folder, and after a crash knows it was written', async () => {
    const mailDir = mkdtempSync(join(tmpdir(), 'debitor-mail-'));
    const c = await customerWithDemand('E-4', false);
    let dead = false;
    const dying = new Proxy(t.db, { get(target, prop, receiver) {
      if (prop === 'execute' && dead) return () => { throw new Error('killed'); };
      return Reflect.get(target, prop, receiver) as unknown;
    } });
    await expect(deliverDue(dying, deps(dying, '2025-12-11T07:00:00Z', mailDir, () => { dead = true; }))).rejects.toThrow('killed');
    const after = await deliverDue(t.db, deps(t.db, '2025-12-11T07:30:00Z', mailDir));
    expect(after).toMatchObject({ recovered: 1, sent: 0 });
    expect((await outboxOf(c))[0].status).toBe('sent');
    const files = readdirSync(join(mailDir, 'mail'));
    expect(files).toHaveLength(1);
    expect(readFileSync(join(mailDir, 'mail', files[0]!), 'utf8')).toMatch(/Subject: /);
  });
});

/** The text/plain part of a MIME message, decoded (quoted-printable or base64). */
function decodeTextPart(raw: string): string {
  const part = /Content-Type: text\/plain[^\n]*\n(?:[^\n]+\n)*?Content-Transfer-Encoding: (\S+)\n\n([\s\S]*?)\n--/i.exec(raw.replace(/\r\n/g, '\n'));
  if (!part) return raw;
  const [, encoding, body] = part;
  if (encoding!.toLowerCase() === 'base64') return Buffer.from(body!.replace(/\s/g, ''), 'base64').toString('utf8');
  return Buffer.from(body!.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}
