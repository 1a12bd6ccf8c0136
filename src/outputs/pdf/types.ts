/**
 * The documents Debitor prints (P7: paperwork on time and complete) and the extra input the
 * reconciliation act needs beyond the view-model (S4: an акт сверки to sign at the meeting).
 */

export type DocumentKind =
  | 'demand-letter' // L3: pay, or penalties apply
  | 'formal-claim' // L6: претензия with a response deadline, on the letterhead
  | 'reconciliation-act' // S4/S5: акт сверки for both parties to sign
  | 'statement-of-account'; // D4: all open invoices and the balance

/**
 * One line of the act: a dated document with a debit (we invoiced, the customer owes more) or a credit
 * (the customer paid, owes less), as decimal strings; "0.00" or "" leaves the column blank.
 */
export type ReconciliationEntry = { date: string; document: string; debit: string; credit: string };

/**
 * The act's period, our opening balance (positive: the customer owes us; negative: we owe them) and
 * every invoice and payment in the period. The view-model has no payment dates or payment document
 * numbers, so they come from here.
 */
export type ReconciliationInput = {
  period: { from: string; to: string };
  openingBalance: string;
  entries: ReconciliationEntry[];
};

/** Inputs beyond the view-model, by document. */
export type PdfExtra = { reconciliation?: ReconciliationInput | undefined };
