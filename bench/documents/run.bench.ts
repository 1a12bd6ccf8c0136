/**
 * Documents: formal claims with 20 invoices and a payment QR code rendered to PDF per second (target:
 * at least 50/s on one core), and e-mails with such a PDF attached sent per second through a local SMTP
 * server (smtp-server on loopback). One process, one document after another: one core. Each claim has
 * its own reference and payment purpose, so each has its own words to lay out and its own QR code.
 * The rate is given per second of wall time and per second of this process's CPU time (the steadier
 * figure on a machine shared with other jobs).
 *
 *   npm run bench:documents -- [--pdfs 200] [--emails 100]
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
const pdfs = arg('pdfs', 200);
const emails = arg('emails', 100);
const TARGET = 50;
const vm = fixtureViewModel('RU', 20, 'formal-claim');
const claim = (i: number) => ({ ...vm, reference: `BENCH-${i}`, paymentPurpose: `${vm.paymentPurpose} Претензия BENCH-${i}` });

/** Runs `n` steps one after another; wall and CPU seconds. */
async function timed(n: number, step: (i: number) => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < n; i++) await step(i);
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - start) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

for (let i = 0; i < 10; i++) await renderPdf('formal-claim', claim(-i - 1)); // warm-up: fonts, code paths
let bytes = 0;
const pdf = await timed(pdfs, async (i) => { bytes += (await renderPdf('formal-claim', claim(i))).length; });
const rate = pdfs / pdf.cpu;
console.log(`PDF: ${pdfs} formal claims with 20 invoices and a QR code, ${Math.round(bytes / pdfs / 1024)} KiB each: ` +
  `${(pdfs / pdf.wall).toFixed(1)} PDFs/s wall (${pdf.wall.toFixed(1)} s), ${rate.toFixed(1)} PDFs per CPU-second ` +
  `(${((pdf.cpu / pdfs) * 1000).toFixed(1)} ms each); target >= ${TARGET}/s on one core: ${rate >= TARGET ? 'met' : 'not met'}`);

let received = 0;
const server = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData(stream, _s, cb) { stream.on('data', () => {}); stream.on('end', () => { received += 1; cb(); }); } });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const transport = smtpTransport({ host: '127.0.0.1', port: (server.server.address() as AddressInfo).port, secure: false, user: null, password: null });
const attachment = await renderPdf('formal-claim', vm);
const message = renderMessage(vm);
const mail = await timed(emails, (i) => transport.send({
  messageId: `<bench-${i}@debitor>`, from: 'billing@seller.ru', to: 'cfo@customer.ru', subject: message.subject, text: message.text, html: message.html,
  attachments: [{ filename: 'claim.pdf', content: attachment, contentType: 'application/pdf' }],
}));
await new Promise<void>((r) => server.close(() => r()));
console.log(`e-mail: ${received} of ${emails} messages with a ${Math.round(attachment.length / 1024)} KiB PDF attached through local SMTP, ` +
  `a connection per message: ${(emails / mail.wall).toFixed(1)} e-mails/s wall (${mail.wall.toFixed(1)} s)`);
