import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

export type OutgoingMail = {
  messageId: string; // stable: <outbox-…@debitor>, the same on every attempt
  from: string; to: string; subject: string; text: string; html: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
};

/**
 * Where mail goes: a company's SMTP server, or, with none configured, a folder of .eml files so the
 * product works out of the box. `wasSent` answers whether a message with this id already left, when
 * the transport can know it (the folder can; an SMTP server cannot, hence `unknown`).
 */
export type MailTransport = {
  kind: 'smtp' | 'eml';
  send(mail: OutgoingMail): Promise<{ response: string }>;
  wasSent(messageId: string): boolean | 'unknown';
};

export type SmtpSettings = { host: string; port: number; secure: boolean; user: string | null; password: string | null };

export function smtpTransport(s: SmtpSettings): MailTransport {
  const transporter = nodemailer.createTransport({
    host: s.host, port: s.port, secure: s.secure,
    ...(s.user ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
    connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000,
    tls: { rejectUnauthorized: !['127.0.0.1', 'localhost', '::1'].includes(s.host) }, // a local relay may use a self-signed certificate
  });
  return {
    kind: 'smtp',
    async send(mail) {
      const info = await transporter.sendMail(toNodemailer(mail));
      return { response: info.response };
    },
    wasSent: () => 'unknown',
  };
}

export function emlTransport(dir: string): MailTransport {
  const fileOf = (messageId: string) => join(dir, `${messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9@._-]/g, '_')}.eml`);
  const streamer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'eml',
    async send(mail) {
      const info = await streamer.sendMail(toNodemailer(mail));
      mkdirSync(dir, { recursive: true });
      writeFileSync(fileOf(mail.messageId), info.message as Buffer, { flag: 'wx' }); // never overwrite: sent once
      return { response: `written ${fileOf(mail.messageId)}` };
    },
    wasSent: (messageId) => existsSync(fileOf(messageId)),
  };
}

function toNodemailer(mail: OutgoingMail): Mail.Options {
  return { messageId: mail.messageId, from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments };
}

/** SMTP 4xx and network trouble are worth retrying; 5xx and a bad envelope are not. */
export function isTransient(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string };
  if (typeof e.responseCode === 'number') return e.responseCode >= 400 && e.responseCode < 500;
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNREFUSED', 'ECONNRESET', 'EDNS', 'EPROTOCOL'].includes(e.code ?? '') || e.code === undefined;
}
