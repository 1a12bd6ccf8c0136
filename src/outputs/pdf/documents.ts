/**
 * The bodies of the letter-type documents: the demand letter (L3), the formal claim (L6) and the
 * statement of account (D4). Each names the exact amount and the exact date (N3, S3), lists every open
 * invoice (S1) and ends with the payment block and the signature.
 */
import type { Content } from 'pdfmake';
import type { LetterViewModel } from '../view-model.ts';
import { addressee, contractRef, invoiceTable, letterhead, paymentBlock, penaltySentence, signature, title, type QrImage } from './blocks.ts';
import { addDays, formatDate, formatMoney } from './format.ts';
import { GENERIC_BASIS, LABELS, LEGAL_BASIS } from './labels.ts';

/** The claim's response period when the view-model has no deadline (see view-model.ts: default 30 days). */
export const DEFAULT_CLAIM_PERIOD_DAYS = 30;

const para = (text: string): Content => ({ text, style: 'para' });

/** L3: not paid on time: pay by the deadline, or the contract's penalties apply. */
export function demandLetter(vm: LetterViewModel, qr: QrImage | null): Content[] {
  const L = LABELS[vm.language];
  const total = formatMoney(vm.total.amount, vm.total.currency, vm.language);
  return [
    ...letterhead(vm),
    addressee(vm),
    title(L.titles['demand-letter']),
    para(L.intro(contractRef(vm))),
    invoiceTable(vm),
    { text: vm.deadline ? L.demand.payBy(total, formatDate(vm.deadline, vm.language)) : L.demand.payNow(total), style: 'strong' },
    ...penaltySentence(vm),
    ...paymentBlock(vm, qr),
    signature(vm),
  ];
}

/**
 * L6: the claim (претензия) on the letterhead: the addressee, the invoices with balances and days
 * overdue, the amount claimed, the legal basis, the response deadline, the court as the next step.
 */
export function formalClaim(vm: LetterViewModel, qr: QrImage | null): Content[] {
  const L = LABELS[vm.language];
  const lang = vm.language;
  const total = formatMoney(vm.total.amount, vm.total.currency, lang);
  const deadline = formatDate(vm.deadline ?? addDays(vm.date, DEFAULT_CLAIM_PERIOD_DAYS), lang);
  const basis = LEGAL_BASIS[vm.company.country]?.(Boolean(vm.contract?.penalty));
  const legal = basis ? (lang === 'en' ? basis.en : basis.native) : GENERIC_BASIS[lang];
  return [
    ...letterhead(vm),
    addressee(vm),
    title(L.titles['formal-claim'], contractRef(vm)),
    para(L.intro(contractRef(vm))),
    invoiceTable(vm),
    { text: [{ text: `${L.claim.claimed}: `, style: 'muted' }, { text: total, bold: true }], style: 'strong' },
    para(L.claim.basis(legal, total, deadline)),
    ...penaltySentence(vm),
    para(L.claim.respondBy(deadline)),
    para(L.claim.court),
    ...paymentBlock(vm, qr),
    signature(vm),
  ];
}

/** D4: every open invoice and the balance, with the payment details; disputes lead to an act (S4). */
export function statementOfAccount(vm: LetterViewModel, qr: QrImage | null): Content[] {
  const L = LABELS[vm.language];
  return [
    ...letterhead(vm),
    addressee(vm),
    title(L.titles['statement-of-account'], formatDate(vm.date, vm.language)),
    para(L.statement.intro(formatDate(vm.date, vm.language), vm.customer.legalName)),
    invoiceTable(vm),
    ...(vm.deadline ? [{ text: L.statement.payBy(formatDate(vm.deadline, vm.language)), style: 'strong' }] : []),
    para(L.statement.disputes),
    ...paymentBlock(vm, qr),
    signature(vm),
  ];
}
