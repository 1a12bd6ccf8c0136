/**
 * The payment QR code printed on every letter and document (D4: everything the customer needs to pay;
 * D2: payment terms on every document). The standard follows the payee's currency:
 *   RUB → GOST R 56042-2014 (ST00012, UTF-8), EUR → EPC069-12 v002 (SEPA credit transfer),
 *   UAH → the National Bank of Ukraine's payment QR, format 002: 13 LF-separated fields, Base64URL-encoded
 *   behind https://bank.gov.ua/qr/ (NBU rules for credit-transfer QR codes; the current edition is NBU
 *   Board resolution No. 97 of 19.08.2025, in force 01.11.2025, which also accepts https://qr.bank.gov.ua/).
 * Amounts come from the view-model's decimal strings through bigint minor units, never a float.
 */
import { DomainError } from '../../domain/errors.ts';
import type { Language } from '../../domain/fields.ts';
import { formatAmount, parsePositiveAmount } from '../../domain/money.ts';
import type { LetterViewModel } from '../view-model.ts';

export type QrStandard = 'GOST-R-56042-2014' | 'EPC069-12' | 'NBU';

export type PaymentQr = { standard: QrStandard; payload: string };

/** A caption for each standard, printed under the code so the payer knows what it is (D4). */
export function qrStandardCaption(standard: QrStandard, language: Language): string {
  const en = language === 'en';
  switch (standard) {
    case 'GOST-R-56042-2014':
      return en ? 'GOST R 56042-2014' : 'ГОСТ Р 56042-2014';
    case 'EPC069-12':
      return 'EPC069-12 (SEPA Credit Transfer)';
    case 'NBU':
      return en ? 'National Bank of Ukraine QR, format 002' : 'QR НБУ, формат 002';
  }
}

/** Format 002 puts the Base64URL data behind this 23-byte link; a phone camera opens it in a banking app. */
export const NBU_QR_URL_PREFIX = 'https://bank.gov.ua/qr/';

/** Picks the standard by `vm.total.currency` and builds the exact text to encode in the QR code. */
export function paymentQrPayload(vm: LetterViewModel): PaymentQr {
  const currency = vm.total.currency;
  switch (currency) {
    case 'RUB':
      return { standard: 'GOST-R-56042-2014', payload: gostPayload(vm) };
    case 'EUR':
      return { standard: 'EPC069-12', payload: epcPayload(vm) };
    case 'UAH':
      return { standard: 'NBU', payload: NBU_QR_URL_PREFIX + Buffer.from(nbuQrData(vm), 'utf8').toString('base64url') };
    default:
      throw new DomainError('invalid_currency', `total.currency: no payment QR standard for ${currency}`, {
        'total.currency': `${currency} has no payment QR code; supported: RUB (GOST R 56042-2014), EUR (EPC069-12), UAH (NBU)`,
      });
  }
}

/**
 * GOST R 56042-2014: "ST0001" + encoding ("2" = UTF-8), then `|Key=Value` pairs. The five mandatory
 * requisites come first in the order the standard fixes; Sum is in kopecks.
 */
function gostPayload(vm: LetterViewModel): string {
  const { company } = vm;
  const bank = company.bank;
  const pairs: [string, string | undefined][] = [
    ['Name', clip(company.legalName, 160)],
    ['PersonalAcc', required(bank.account, 'company.bank.account', /^\d{20}$/, '20 digits (расчётный счёт)')],
    ['BankName', clip(bank.bankName, 45)],
    ['BIC', required(bank.bic, 'company.bank.bic', /^\d{9}$/, '9 digits (БИК)')],
    ['CorrespAcc', required(bank.correspondentAccount, 'company.bank.correspondentAccount', /^(\d{20}|0)$/, '20 digits (к/с)')],
    ['PayeeINN', company.taxIds.INN],
    ['KPP', company.taxIds.KPP],
    ['Sum', minorUnits(vm).toString()],
    ['Purpose', clip(vm.paymentPurpose, 210)],
  ];
  const fields = pairs.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '');
  for (const [key, value] of fields) {
    if (value.includes('|')) {
      throw new DomainError('validation_failed', `${key}: a GOST R 56042-2014 value must not contain "|"`, {
        [key]: 'must not contain "|", the field separator',
      });
    }
  }
  return ['ST00012', ...fields.map(([k, v]) => `${k}=${v}`)].join('|');
}

/**
 * EPC069-12 version 002: BCD / 002 / 1 (UTF-8) / SCT / BIC / name (≤70) / IBAN / EUR amount /
 * purpose code / structured reference / unstructured remittance (≤140). We send the unstructured text
 * (our reference is not an ISO 11649 RF reference), so the purpose and reference lines stay empty.
 */
function epcPayload(vm: LetterViewModel): string {
  const bank = vm.company.bank;
  const iban = required(bank.iban, 'company.bank.iban', /^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/, 'an IBAN without spaces');
  return [
    'BCD', '002', '1', 'SCT',
    bank.bic ?? '',
    clip(vm.company.legalName, 70),
    iban,
    `EUR${formatAmount(minorUnits(vm), 'EUR')}`,
    '',
    '',
    clip(vm.paymentPurpose, 140),
  ].join('\n');
}

/**
 * The NBU payment QR data before Base64URL (13 lines joined by LF): BCD / 002 / 1 (UTF-8) / UCT /
 * BIC (reserved, empty) / recipient (≤70) / IBAN / UAH amount / recipient code (EDRPOU or RNOKPP) /
 * purpose code (empty) / reference (empty) / purpose (≤140) / display text (empty).
 */
export function nbuQrData(vm: LetterViewModel): string {
  const iban = required(vm.company.bank.iban, 'company.bank.iban', /^UA\d{27}$/, 'a Ukrainian IBAN (UA + 27 digits)');
  const code = required(vm.company.taxIds.EDRPOU ?? vm.company.taxIds.RNOKPP, 'company.taxIds.EDRPOU', /^\d{8,10}$/, 'ЄДРПОУ (8 digits) or РНОКПП (10 digits)');
  return [
    'BCD', '002', '1', 'UCT',
    '',
    clip(vm.company.legalName, 70),
    iban,
    `UAH${formatAmount(minorUnits(vm), 'UAH')}`,
    code,
    '',
    '',
    clip(vm.paymentPurpose, 140),
    '',
  ].join('\n');
}

/** The amount to pay in minor units; must be above zero (a QR code for nothing helps nobody). */
function minorUnits(vm: LetterViewModel): bigint {
  return parsePositiveAmount(vm.total.amount, vm.total.currency, 'total.amount');
}

function required(value: string | undefined, field: string, pattern: RegExp, what: string): string {
  const v = value?.replace(/\s+/g, '');
  if (!v || !pattern.test(v)) {
    throw new DomainError('validation_failed', `${field}: the payment QR code needs ${what}`, { [field]: `must be ${what}` });
  }
  return v;
}

/** One line of text: line breaks become spaces, and the value is cut at `max` characters (code points). */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : chars.slice(0, max).join('').trimEnd();
}
