/**
 * Documents: formal claims with 20 invoices and a payment QR code rendered to PDF per second (target:
 * at least 50/s on one core), and e-mails with such a PDF attached sent per second through a local SMTP
 * server (smtp-server on loopback).
 *
 *   npm run bench:documents -- [--pdfs 100] [--emails 100]
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { smtpTransport } from '../../src/outputs/mail/transport.ts';
import { fixtureViewModel } from '../../src/outputs/pdf/fixtures.ts';
import { renderPdf } from '../../src/outputs/pdf/render.ts';
import { renderMessage } from '../../src/outputs/templates/index.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const pdfs = arg('pdfs', 100);
const emails = arg('emails', 100);
const vm = fixtureViewModel('RU', 20, 'formal-claim');

await renderPdf('formal-claim', vm); // warm-up: fonts, code paths
let start = performance.now();
let bytes = 0;
for (let i = 0; i < pdfs; i++) bytes += (await renderPdf('formal-claim', { ...vm, reference: `BENCH-${i}` })).length;
const pdfSeconds = (performance.now() - start) / 1000;
console.log(`PDF: ${pdfs} formal claims with 20 invoices and a QR code in ${pdfSeconds.toFixed(1)} s = ${(pdfs / pdfSeconds).toFixed(1)} PDFs/s (${Math.round(bytes / pdfs / 1024)} KiB each; target >= 50/s)`);

let received = 0;
const server = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData(stream, _s, cb) { stream.on('data', () => {}); stream.on('end', () => { received += 1; cb(); }); } });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const transport = smtpTransport({ host: '127.0.0.1', port: (server.server.address() as AddressInfo).port, secure: false, user: null, password: null });
const pdf = await renderPdf('formal-claim', vm);
const message = renderMessage(vm);
start = performance.now();
for (let i = 0; i < emails; i++) {
  await transport.send({ messageId: `<bench-${i}@debitor>`, from: 'billing@seller.ru', to: 'cfo@customer.ru', subject: message.subject, text: message.text, html: message.html,
    attachments: [{ filename: 'claim.pdf', content: pdf, contentType: 'application/pdf' }] });
}
const mailSeconds = (performance.now() - start) / 1000;
await new Promise<void>((r) => server.close(() => r()));
console.log(`e-mail: ${received} of ${emails} messages with a PDF attached through local SMTP in ${mailSeconds.toFixed(1)} s = ${(emails / mailSeconds).toFixed(1)} e-mails/s (one connection per message)`);
