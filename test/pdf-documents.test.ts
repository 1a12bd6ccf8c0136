/**
 * The PDF documents read back as a customer's software would: the text (pdf-parse) carries the invoice
 * numbers, the total to the kopeck, the deadline, the supplier's tax ids and the labels in the letter's
 * language (P7, D2, S1); the embedded QR image decodes (jsQR) to the exact payment payload (D4).
 */
import { describe, expect, it } from 'vitest';
import { checkConduct, isBlocked } from '../src/domain/conduct/index.ts';
import { DomainError } from '../src/domain/errors.ts';
import { bgClaim, fixtureReconciliation, ruClaim, ruClaim20, uaClaim, bgClaim20, uaClaim20 } from '../src/outputs/pdf/fixtures.ts';
import { formatDate, formatMoney, formatNumber } from '../src/outputs/pdf/format.ts';
import { LABELS } from '../src/outputs/pdf/labels.ts';
import { DOCUMENT_KINDS, renderPdf, renderPdfWithMeta } from '../src/outputs/pdf/render.ts';
import type { DocumentKind } from '../src/outputs/pdf/types.ts';
import { paymentQrPayload } from '../src/outputs/qr/payment-qr.ts';
import { qrRgba } from '../src/outputs/qr/qr-image.ts';
import type { LetterViewModel } from '../src/outputs/view-model.ts';
import { decodeQr, readBack, type ReadBack } from './helpers/read-pdf.ts';

const extraFor = (vm: LetterViewModel) => ({ reconciliation: fixtureReconciliation(vm) });

/** What every document must show, whatever its kind. */
async function expectComplete(kind: DocumentKind, vm: LetterViewModel): Promise<ReadBack> {
  const { pdf, qrPayload, qrStandard } = await renderPdfWithMeta(kind, vm, extraFor(vm));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const back = await readBack(pdf);
  const L = LABELS[vm.language];
  expect(back.text).toContain(L.titles[kind]);
  for (const inv of vm.invoices) expect(back.text).toContain(inv.number);
  expect(back.text).toContain(formatMoney(vm.total.amount, vm.total.currency, vm.language));
  for (const id of Object.values(vm.company.taxIds)) expect(back.text).toContain(id);
  expect(back.text).toContain(vm.company.legalName);
  expect(back.text).toContain(vm.customer.legalName);
  // The QR code: renderPdf says what it embedded, that is the view-model's payload, and the image in the
  // PDF decodes to exactly that text, as does a fresh rendering of the same payload.
  const expected = paymentQrPayload(vm);
  expect({ qrPayload, qrStandard }).toEqual({ qrPayload: expected.payload, qrStandard: expected.standard });
  expect(back.qrCodes).toEqual([expected.payload]);
  expect(decodeQr(qrRgba(expected.payload))).toBe(expected.payload);
  expect(back.text).toContain(`${L.payment.standard}:`);
  return back;
}

describe('PDF documents for a Russian supplier (RUB, full requisites)', () => {
  const vm = ruClaim;

  it('the formal claim: letterhead, addressee, invoices, amount claimed, legal basis, deadline, signature', async () => {
    const { text } = await expectComplete('formal-claim', vm);
    for (const s of ['ИНН 7701234567, КПП 770101001', 'Р/с 40702810938000012345', 'БИК 044525225', 'К/с 30101810400000000225', 'ПАО Сбербанк']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('Кому: ООО «Василёк»');
    expect(text).toContain('Вниманию: Петрова Анна Сергеевна, главный бухгалтер');
    expect(text).toContain('Исх. № DBT-2025-000123 от 05.11.2025');
    for (const row of ['СФ-0101 02.06.2025 16.06.2025 12 345,50 0,00 12 345,50 142', 'СФ-0102 09.06.2025 23.06.2025 22 221,63 11 110,81 11 110,82 135']) {
      expect(text).toContain(row);
    }
    expect(text).toContain('Сумма требования: 55 554,08 RUB');
    expect(text).toContain('ст. 309, 310 и 330 ГК РФ');
    expect(text).toContain('в срок до 05.12.2025');
    expect(text).toContain('Ответ на претензию просим направить до 05.12.2025');
    expect(text).toContain('неустойка за просрочку оплаты: 0,1% за каждый день просрочки');
    expect(text).toContain('Генеральный директор');
    expect(text).toContain('/ Иванов И. П. /');
    expect(text).toContain('Стандарт QR-кода: ГОСТ Р 56042-2014');
  });

  it('the demand letter: the amount and the date to pay by (N3), the penalty (L3)', async () => {
    const { text } = await expectComplete('demand-letter', { ...vm, kind: 'demand-letter', deadline: '2025-11-12' });
    expect(text).toContain('Требуем оплатить задолженность в размере 55 554,08 RUB до 12.11.2025.');
    expect(text).toContain('0,1% за каждый день просрочки');
  });

  it('the statement of account: open invoices, balance, pay-by date', async () => {
    const { text } = await expectComplete('statement-of-account', { ...vm, kind: 'statement-of-account' });
    expect(text).toContain('Итого задолженность, RUB 55 554,08');
    expect(text).toContain('Просим оплатить задолженность до 05.12.2025.');
  });

  it('the reconciliation act: opening balance, every entry in both parties’ columns, closing balance, two signatures', async () => {
    const { text } = await expectComplete('reconciliation-act', { ...vm, kind: 'reconciliation-act-cover' });
    expect(text).toContain('за период с 01.05.2025 по 05.11.2025');
    expect(text).toContain('По данным ООО «Ромашка»');
    expect(text).toContain('По данным ООО «Василёк»');
    // Our debit is the customer's credit: the same line appears mirrored on the right.
    expect(text).toContain('Сальдо начальное 5 000,00 Сальдо начальное 5 000,00');
    expect(text).toContain('20.05.2025 ПП-0017 5 000,00 20.05.2025 ПП-0017 5 000,00');
    expect(text).toContain('Обороты за период 66 664,89 16 110,81 Обороты за период 16 110,81 66 664,89');
    expect(text).toContain('Сальдо конечное 55 554,08 Сальдо конечное 55 554,08');
    expect(text).toContain('На 05.11.2025 задолженность ООО «Василёк» перед ООО «Ромашка» составляет 55 554,08 RUB.');
    expect(text).toContain('От ООО «Ромашка»');
    expect(text).toContain('От ООО «Василёк»');
  });

  it('the reconciliation act needs its extra input; bad entries are rejected by field', async () => {
    await expect(renderPdf('reconciliation-act', vm)).rejects.toThrow(expect.objectContaining({ code: 'validation_failed', fields: { 'extra.reconciliation': expect.any(String) } }));
    const bad = fixtureReconciliation(vm);
    bad.entries[1]!.debit = '12.345';
    await expect(renderPdf('reconciliation-act', vm, { reconciliation: bad })).rejects.toThrow(/reconciliation\.entries\[1\]\.debit/);
  });

  it('nothing owed: the statement goes out without a payment block; a claim for nothing is refused', async () => {
    const settled = { ...vm, invoices: [], total: { amount: '0.00', currency: 'RUB' } };
    const meta = await renderPdfWithMeta('statement-of-account', settled);
    expect(meta.qrPayload).toBeNull();
    expect((await readBack(meta.pdf)).qrCodes).toEqual([]);
    await expect(renderPdf('formal-claim', settled)).rejects.toThrow(DomainError);
    await expect(renderPdf('formal-claim', { ...vm, total: { amount: '10.00', currency: 'USD' } })).rejects.toThrow(/USD/);
  });

  it('the claim’s wording passes the conduct check (U1–U4, N1, N6, S2)', async () => {
    for (const kind of ['formal-claim', 'demand-letter'] as const) {
      for (const v of [vm, bgClaim, uaClaim]) {
        const { text } = await readBack(await renderPdf(kind, v));
        const body = text.slice(text.indexOf(LABELS[v.language].titles[kind]));
        const blocking = checkConduct(body, v.language).filter((f) => f.severity === 'block');
        expect({ kind, language: v.language, blocking }).toEqual({ kind, language: v.language, blocking: [] });
        expect(isBlocked(blocking)).toBe(false);
      }
    }
  });
});

describe('the formal claim in Bulgarian (EUR) and Ukrainian (UAH)', () => {
  it('Bulgarian: ЕИК and ДДС №, IBAN, EPC069-12 QR, amounts as 55 554,08 EUR', async () => {
    const { text } = await expectComplete('formal-claim', bgClaim);
    for (const s of ['ЕИК 123456789, ДДС № BG123456789', 'IBAN BG80BNBG96611020345678', 'BIC STSABGSF', 'До: Клиент ООД', 'Претендирана сума: 55 554,08 EUR']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('в срок до 05.12.2025');
    expect(text).toContain('чл. 79 и чл. 92 от Закона за задълженията и договорите');
    expect(text).toContain('Стандарт на QR кода: EPC069-12');
  });

  it('Ukrainian: ЄДРПОУ, IBAN, NBU QR, amounts as 55 554,08 UAH', async () => {
    const { text } = await expectComplete('formal-claim', uaClaim);
    for (const s of ['ЄДРПОУ 12345678', 'IBAN UA213223130000026007233566001', 'Кому: ТОВ «Клієнт»', 'Сума вимоги: 55 554,08 UAH', 'Відповідь на претензію просимо надати до 05.12.2025']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('Стандарт QR-коду: QR НБУ, формат 002');
  });

  it('20 invoices flow onto a second page with every invoice listed', async () => {
    for (const vm of [ruClaim20, bgClaim20, uaClaim20]) {
      const back = await expectComplete('formal-claim', vm);
      expect(back.pages).toBeGreaterThanOrEqual(2);
    }
  });

  it('English: "1,234.50" and "5 December 2025"', async () => {
    const en = { ...ruClaim, language: 'en' as const };
    const { text } = await expectComplete('formal-claim', en);
    expect(text).toContain('Amount claimed: 55,554.08 RUB');
    expect(text).toContain('by 5 December 2025');
    expect(text).toContain('QR code standard: GOST R 56042-2014');
  });
});

describe('number and date formatting from decimal strings', () => {
  it.each([
    ['1234.5', 'ru', '1 234,50'], ['1234.50', 'en', '1,234.50'], ['0.05', 'uk', '0,05'], ['-1234567.89', 'bg', '-1 234 567,89'],
    ['1000000', 'ru', '1 000 000,00'], ['90071992547409.99', 'en', '90,071,992,547,409.99'], ['999', 'en', '999.00'],
  ] as const)('%s in %s → %s', (decimal, lang, out) => {
    expect(formatNumber(decimal, 'RUB', lang)).toBe(out);
  });

  it('dates', () => {
    expect(formatDate('2025-11-05', 'ru')).toBe('05.11.2025');
    expect(formatDate('2025-01-31', 'en')).toBe('31 January 2025');
  });
});

it('every document kind renders', async () => {
  for (const kind of DOCUMENT_KINDS) expect((await renderPdf(kind, ruClaim, extraFor(ruClaim))).length).toBeGreaterThan(10_000);
});
