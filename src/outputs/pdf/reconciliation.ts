/**
 * The reconciliation act (акт сверки, S4/S5; P7): for the period, our opening balance, every invoice
 * (debit) and payment (credit) with its date and document, the turnover and the closing balance, for
 * both parties side by side (the customer's columns mirror ours: our debit is their credit), the result
 * in words, and a signature block for each party.
 */
import type { Content, TableCell } from 'pdfmake';
import { DomainError } from '../../domain/errors.ts';
import { formatAmount, parseAmount } from '../../domain/money.ts';
import type { LetterViewModel } from '../view-model.ts';
import { addressee, contractRef, letterhead, paymentBlock, title, type QrImage } from './blocks.ts';
import { formatDate, formatMoney, formatNumber } from './format.ts';
import { LABELS } from './labels.ts';
import type { ReconciliationInput } from './types.ts';

export type ReconciliationTotals = { opening: bigint; debit: bigint; credit: bigint; closing: bigint };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Sums the act in minor units; the closing balance is opening + debit − credit. Rejects bad input by field. */
export function reconciliationTotals(input: ReconciliationInput, currency: string): ReconciliationTotals {
  const { from, to } = input.period;
  if (!ISO_DATE.test(from) || !ISO_DATE.test(to) || from > to) {
    throw new DomainError('invalid_date', 'reconciliation.period: from and to must be YYYY-MM-DD dates, from not after to', {
      'reconciliation.period': 'must be { from, to } as YYYY-MM-DD with from <= to',
    });
  }
  const opening = parseAmount(input.openingBalance, currency, 'reconciliation.openingBalance');
  let debit = 0n;
  let credit = 0n;
  input.entries.forEach((e, i) => {
    if (!ISO_DATE.test(e.date)) throw new DomainError('invalid_date', `reconciliation.entries[${i}].date: "${e.date}" is not YYYY-MM-DD`);
    debit += amountOrZero(e.debit, currency, `reconciliation.entries[${i}].debit`);
    credit += amountOrZero(e.credit, currency, `reconciliation.entries[${i}].credit`);
  });
  return { opening, debit, credit, closing: opening + debit - credit };
}

function amountOrZero(text: string, currency: string, field: string): bigint {
  if (text.trim() === '') return 0n;
  const v = parseAmount(text, currency, field);
  if (v < 0n) throw new DomainError('invalid_amount', `${field}: "${text}" must not be negative; use the other column`, { [field]: 'must be zero or more' });
  return v;
}

export function reconciliationAct(vm: LetterViewModel, input: ReconciliationInput, qr: QrImage | null): Content[] {
  const L = LABELS[vm.language];
  const R = L.recon;
  const lang = vm.language;
  const cur = vm.total.currency;
  const totals = reconciliationTotals(input, cur);
  const num = (v: bigint): TableCell => ({ text: v === 0n ? '' : formatNumber(formatAmount(v, cur), cur, lang), alignment: 'right', noWrap: true });
  // Our side, then the customer's mirrored (our debit is their credit). Every cell is a fresh object:
  // pdfmake writes layout state into the nodes it is given, so one node must not appear twice.
  const row = (first: () => TableCell[], debit: bigint, credit: bigint): TableCell[] => [
    ...first(), num(debit), num(credit), ...first(), num(credit), num(debit),
  ];
  const label = (text: string) => (): TableCell[] => [{ text, colSpan: 2, bold: true }, {}];
  const balanceRow = (text: string, v: bigint) => row(label(text), v > 0n ? v : 0n, v < 0n ? -v : 0n);
  const th = (text: string) => ({ text, style: 'th', alignment: 'center' as const });
  const body: TableCell[][] = [
    [{ ...th(R.byData(vm.company.legalName)), colSpan: 4 }, {}, {}, {}, { ...th(R.byData(vm.customer.legalName)), colSpan: 4 }, {}, {}, {}],
    [R.date, R.document, R.debit, R.credit, R.date, R.document, R.debit, R.credit].map(th),
    balanceRow(R.opening, totals.opening),
    ...input.entries.map((e) =>
      row(() => [{ text: formatDate(e.date, lang), noWrap: true }, { text: e.document }], amountOrZero(e.debit, cur, 'debit'), amountOrZero(e.credit, cur, 'credit')),
    ),
    row(label(R.turnover), totals.debit, totals.credit),
    balanceRow(R.closing, totals.closing),
  ];
  const to = formatDate(input.period.to, lang);
  const amount = formatMoney(formatAmount(totals.closing < 0n ? -totals.closing : totals.closing, cur), cur, lang);
  const result =
    totals.closing > 0n ? R.owesUs(to, vm.customer.legalName, vm.company.legalName, amount)
    : totals.closing < 0n ? R.owesUs(to, vm.company.legalName, vm.customer.legalName, amount)
    : R.settled(to);
  const subtitle = [R.period(formatDate(input.period.from, lang), to), R.between(vm.company.legalName, vm.customer.legalName), contractRef(vm)].filter(Boolean).join('\n');
  return [
    ...letterhead(vm),
    addressee(vm),
    title(L.titles['reconciliation-act'], subtitle),
    {
      table: { headerRows: 2, dontBreakRows: true, widths: [44, '*', 56, 56, 44, '*', 56, 56], body },
      style: 'table', fontSize: 7.5, margin: [0, 2, 0, 8],
      layout: { hLineWidth: () => 0.5, vLineWidth: (i: number) => (i === 4 ? 1.2 : 0.5), hLineColor: () => '#888888', vLineColor: () => '#888888' },
    },
    { text: result, style: 'strong' },
    ...paymentBlock(vm, qr),
    partySignatures(vm),
  ];
}

/** Both parties sign: our signatory by name, the customer's title and name left to fill in. */
function partySignatures(vm: LetterViewModel): Content {
  const L = LABELS[vm.language];
  const block = (party: string, titleLine: string, name: string) => {
    const stack: Content[] = [
      { text: L.recon.from(party), bold: true, margin: [0, 0, 0, 6] },
      { text: titleLine || '______________________' },
      { text: `______________________  ${name ? `/ ${name} /` : '/ ____________ /'}`, margin: [0, 14, 0, 0] },
      { text: L.signature.sign, style: 'caption', alignment: 'left', margin: [30, 0, 0, 0] },
      { text: L.signature.stamp, style: 'muted', margin: [0, 6, 0, 0] },
    ];
    return { width: '*', stack };
  };
  const s = vm.company.signatory;
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    columnGap: 24,
    columns: [block(vm.company.legalName, s?.title ?? '', s?.name ?? ''), block(vm.customer.legalName, vm.contact?.role ?? '', vm.contact?.name ?? '')],
  };
}
