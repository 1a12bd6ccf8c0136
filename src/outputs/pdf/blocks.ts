/**
 * The building blocks every document shares: the letterhead with the company's requisites (P7, D2),
 * the addressee, the invoice table (S1: amounts, balances, days overdue), the payment block with the QR
 * code (D4: everything needed to pay), and the signature (P13: a signed, recorded document).
 */
import type { Content, TableCell } from 'pdfmake';
import type { Language } from '../../domain/fields.ts';
import { qrStandardCaption, type PaymentQr } from '../qr/payment-qr.ts';
import type { BankDetails, LetterViewModel, Party } from '../view-model.ts';
import { formatDate, formatMoney, formatNumber, formatRate, formatTaxIds } from './format.ts';
import { LABELS, type Labels } from './labels.ts';

/** A horizontal rule; a fresh object each time, since pdfmake writes layout state into content nodes. */
export const rule = (): Content => ({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 0.8 }], margin: [0, 4, 0, 8] });

/** "Р/с … в ПАО Сбербанк, БИК …, К/с …" or "IBAN …, BIC …, Банка ДСК АД". */
export function bankLine(bank: BankDetails, L: Labels): string {
  const parts: string[] = [];
  if (bank.iban) parts.push(`${L.bank.iban} ${bank.iban}`);
  else if (bank.account) parts.push(`${L.bank.account} ${bank.account}`);
  if (bank.bic) parts.push(`${L.bank.bic} ${bank.bic}`);
  if (bank.correspondentAccount) parts.push(`${L.bank.correspondent} ${bank.correspondentAccount}`);
  parts.push(`${L.bank.bank}: ${bank.bankName}`);
  return parts.join(', ');
}

/** The company's letterhead: name, tax ids, address, contacts, bank details, and a rule under it. */
export function letterhead(vm: LetterViewModel): Content[] {
  const L = LABELS[vm.language];
  const c = vm.company;
  const contacts = [c.phone && `${L.phone} ${c.phone}`, c.email && `${L.email} ${c.email}`].filter(Boolean).join('   ');
  return [
    { text: c.legalName, style: 'company' },
    { text: formatTaxIds(c.taxIds, vm.language), style: 'small' },
    ...(c.address ? [{ text: c.address, style: 'small' }] : []),
    ...(contacts ? [{ text: contacts, style: 'small' }] : []),
    { text: bankLine(c.bank, L), style: 'small' },
    rule(),
  ];
}

/** The outgoing number and date on the left, the addressee on the right. */
export function addressee(vm: LetterViewModel): Content {
  const L = LABELS[vm.language];
  const customer: Party = vm.customer;
  const attention = vm.contact ? `${L.attention}: ${vm.contact.name}${vm.contact.role ? `, ${vm.contact.role}` : ''}` : '';
  return {
    columns: [
      { width: '*', text: L.outgoing(vm.reference, formatDate(vm.date, vm.language)), style: 'small' },
      {
        width: 250,
        stack: [
          { text: [{ text: `${L.to}: `, style: 'muted' }, { text: customer.legalName, bold: true }] },
          { text: formatTaxIds(customer.taxIds, vm.language), style: 'small' },
          ...(customer.address ? [{ text: customer.address, style: 'small' }] : []),
          ...(attention ? [{ text: attention, style: 'small' }] : []),
        ],
      },
    ],
    margin: [0, 0, 0, 14],
  };
}

export function title(text: string, subtitle?: string): Content {
  return { stack: [{ text, style: 'title' }, ...(subtitle ? [{ text: subtitle, style: 'subtitle' }] : [])], margin: [0, 4, 0, 10] };
}

const money = (amount: string, currency: string, lang: Language): TableCell => ({ text: formatNumber(amount, currency, lang), alignment: 'right', noWrap: true });

/** The open invoices: number, dates, amount, paid, balance, days overdue, and the total of the balances. */
export function invoiceTable(vm: LetterViewModel): Content {
  const L = LABELS[vm.language];
  const lang = vm.language;
  const head = [L.table.no, L.table.invoice, L.table.issued, L.table.due, L.table.amount, L.table.paid, L.table.balance, L.table.overdue]
    .map((text): TableCell => ({ text, style: 'th' }));
  const rows: TableCell[][] = vm.invoices.map((inv, i) => [
    { text: String(i + 1) },
    { text: inv.number, noWrap: true },
    { text: formatDate(inv.issueDate, lang), noWrap: true },
    { text: formatDate(inv.dueDate, lang), noWrap: true },
    money(inv.amount, inv.currency, lang),
    money(inv.paid, inv.currency, lang),
    money(inv.balance, inv.currency, lang),
    { text: String(inv.daysOverdue), alignment: 'right' },
  ]);
  const total: TableCell[] = [
    { text: `${L.table.total}, ${vm.total.currency}`, colSpan: 6, bold: true }, {}, {}, {}, {}, {},
    { text: formatNumber(vm.total.amount, vm.total.currency, lang), bold: true, alignment: 'right', noWrap: true }, {},
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [16, '*', 52, 56, 64, 60, 64, 44], body: [head, ...rows, total] },
    layout: 'lightHorizontalLines',
    style: 'table',
    margin: [0, 4, 0, 10],
  };
}

/** The penalty clause of the contract, if there is one (L3: "pay, or penalties apply"). */
export function penaltySentence(vm: LetterViewModel): Content[] {
  const p = vm.contract?.penalty;
  if (!p) return [];
  const L = LABELS[vm.language];
  return [{ text: L.penalty(formatRate(p.rate, vm.language), p.kind), style: 'para' }];
}

/** The contract reference for the opening sentence, if there is one. */
export function contractRef(vm: LetterViewModel): string | undefined {
  return vm.contract ? LABELS[vm.language].contract(vm.contract.number, formatDate(vm.contract.date, vm.language)) : undefined;
}

/** The payment QR code as printed: its standard, the exact payload, and its PNG (one pixel a module). */
export type QrImage = PaymentQr & { png: Buffer };

const QR_SIDE = 124; // points, about 44 mm: a phone reads the code at arm's length

/** The payment details beside the QR code and its standard's caption (D4); nothing when nothing is owed. */
export function paymentBlock(vm: LetterViewModel, qr: QrImage | null): Content[] {
  if (!qr) return [];
  const L = LABELS[vm.language];
  const c = vm.company;
  const row = (label: string, value: string, bold = false): Content => ({ text: [{ text: `${label}: `, style: 'muted' }, { text: value, bold }], margin: [0, 1, 0, 1] });
  return [{
    unbreakable: true,
    margin: [0, 10, 0, 10],
    table: {
      widths: ['*', 150],
      body: [[
        {
          stack: [
            { text: L.payment.heading, bold: true, margin: [0, 0, 0, 4] },
            row(L.payment.recipient, `${c.legalName}, ${formatTaxIds(c.taxIds, vm.language)}`),
            { text: bankLine(c.bank, L), margin: [0, 1, 0, 1] },
            row(L.payment.amount, formatMoney(vm.total.amount, vm.total.currency, vm.language), true),
            row(L.payment.purpose, vm.paymentPurpose),
          ],
          margin: [4, 4, 4, 4],
        },
        {
          stack: [
            { image: `data:image/png;base64,${qr.png.toString('base64')}`, width: QR_SIDE, height: QR_SIDE, alignment: 'center', margin: [0, 4, 0, 2] },
            { text: `${L.payment.standard}: ${qrStandardCaption(qr.standard, vm.language)}`, style: 'caption' },
            { text: L.payment.scan, style: 'caption' },
          ],
        },
      ]],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#999999', vLineColor: () => '#999999' },
  }];
}

/** Title, signature line, name; the seal mark under it. */
export function signature(vm: LetterViewModel): Content {
  const L = LABELS[vm.language];
  const s = vm.company.signatory;
  return {
    unbreakable: true,
    margin: [0, 24, 0, 0],
    stack: [
      {
        columns: [
          { width: 180, text: s ? `${s.title}\n${vm.company.legalName}` : vm.company.legalName },
          { width: 140, stack: [{ text: '______________________', margin: [0, 10, 0, 0] }, { text: L.signature.sign, style: 'caption' }] },
          { width: '*', text: s ? `/ ${s.name} /` : '', margin: [0, 10, 0, 0] },
        ],
      },
      { text: L.signature.stamp, style: 'muted', margin: [0, 8, 0, 0] },
    ],
  };
}

/** The shared styles, fresh for every document (pdfmake keeps layout state in what it is given). */
export const styles = () => ({
  company: { fontSize: 14, bold: true },
  small: { fontSize: 8.5 },
  muted: { color: '#555555' },
  title: { fontSize: 15, bold: true, alignment: 'center' as const },
  subtitle: { fontSize: 9.5, alignment: 'center' as const, margin: [0, 2, 0, 0] as [number, number, number, number] },
  para: { margin: [0, 0, 0, 6] as [number, number, number, number], alignment: 'justify' as const },
  table: { fontSize: 8.5 },
  th: { bold: true, fontSize: 8 },
  caption: { fontSize: 7, alignment: 'center' as const, color: '#333333' },
  strong: { bold: true, margin: [0, 2, 0, 6] as [number, number, number, number] },
});
