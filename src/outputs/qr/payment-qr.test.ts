import { createRequire } from 'node:module';
import jsqr from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.ts';
import { bgClaim, bgClaim20, fixtureViewModel, ruClaim, ruClaim20, uaClaim, uaClaim20 } from '../pdf/fixtures.ts';
import type { LetterViewModel } from '../view-model.ts';
import { maskPenalty } from './mask.ts';
import { NBU_QR_URL_PREFIX, nbuQrData, paymentQrPayload } from './payment-qr.ts';
import { pngToRgba } from './png-rgba.ts';
import { qrMatrix, qrPng, qrRgba, type RgbaImage } from './qr-image.ts';

// The fixtures' balances: 12 345.50 + 11 110.82 + 32 097.76 = 55 554.08 (D4: the exact amount to pay).
const NBU_DATA = [
  'BCD', '002', '1', 'UCT', '',
  'ТОВ «Приклад»', 'UA213223130000026007233566001', 'UAH55554.08', '12345678', '', '',
  'Оплата за рахунками РФ-0101, РФ-0102, РФ-0103 згідно з договором № 22/2025', '',
].join('\n');

const CASES: { name: string; vm: LetterViewModel; standard: string; payload: string }[] = [
  {
    name: 'RUB → GOST R 56042-2014', vm: ruClaim, standard: 'GOST-R-56042-2014',
    payload:
      'ST00012|Name=ООО «Ромашка»|PersonalAcc=40702810938000012345|BankName=ПАО Сбербанк|BIC=044525225' +
      '|CorrespAcc=30101810400000000225|PayeeINN=7701234567|KPP=770101001|Sum=5555408' +
      '|Purpose=Оплата по счетам СФ-0101, СФ-0102, СФ-0103 по договору № 15/2025. Без НДС',
  },
  {
    name: 'EUR → EPC069-12', vm: bgClaim, standard: 'EPC069-12',
    payload: ['BCD', '002', '1', 'SCT', 'STSABGSF', 'Пример ЕООД', 'BG80BNBG96611020345678', 'EUR55554.08', '', '',
      'Плащане по фактури 0000000101, 0000000102, 0000000103, договор 7/2025'].join('\n'),
  },
  {
    name: 'UAH → NBU format 002', vm: uaClaim, standard: 'NBU',
    payload: NBU_QR_URL_PREFIX + Buffer.from(NBU_DATA, 'utf8').toString('base64url'),
  },
];

// jsqr is CommonJS whose function also sits on `.default`; under NodeNext types only `.default` is callable.
function decode(image: RgbaImage): string | undefined {
  return jsqr.default(image.data, image.width, image.height)?.data;
}

describe('paymentQrPayload', () => {
  it.each(CASES)('$name: the exact payload', ({ vm, standard, payload }) => {
    expect(paymentQrPayload(vm)).toEqual({ standard, payload });
  });

  it('NBU: the 13 lines before Base64URL, and the link decodes back to them', () => {
    expect(nbuQrData(uaClaim)).toBe(NBU_DATA);
    const { payload } = paymentQrPayload(uaClaim);
    expect(Buffer.from(payload.slice(NBU_QR_URL_PREFIX.length), 'base64url').toString('utf8')).toBe(NBU_DATA);
  });

  it('sums come from the decimal strings exactly, never through a float', () => {
    const vm = { ...ruClaim, total: { amount: '0.29', currency: 'RUB' } }; // 0.29 * 100 = 28.999999999999996
    expect(paymentQrPayload(vm).payload).toContain('|Sum=29|');
    const big = { ...bgClaim, total: { amount: '90071992547409.93', currency: 'EUR' } };
    expect(paymentQrPayload(big).payload.split('\n')[7]).toBe('EUR90071992547409.93');
    expect(paymentQrPayload({ ...uaClaim, total: { amount: '7', currency: 'UAH' } }).payload).toBe(
      NBU_QR_URL_PREFIX + Buffer.from(NBU_DATA.replace('UAH55554.08', 'UAH7.00')).toString('base64url'),
    );
  });

  it('keeps within each standard’s limits with 20 invoices', () => {
    const epc = paymentQrPayload(bgClaim20).payload;
    expect(Buffer.byteLength(epc, 'utf8')).toBeLessThanOrEqual(331);
    expect([...epc.split('\n')[10]!].length).toBeLessThanOrEqual(140);
    expect([...nbuQrData(uaClaim20).split('\n')[11]!].length).toBeLessThanOrEqual(140);
    expect(paymentQrPayload(ruClaim20).payload).toMatch(/\|Sum=\d+\|Purpose=[^|\n]{1,210}$/);
  });

  it('line breaks in a value become spaces, a long name is cut to 70 characters (EPC)', () => {
    const vm = { ...bgClaim, paymentPurpose: 'Плащане\nпо фактура 1', company: { ...bgClaim.company, legalName: 'Я'.repeat(80) } };
    const lines = paymentQrPayload(vm).payload.split('\n');
    expect(lines[5]).toBe('Я'.repeat(70));
    expect(lines[10]).toBe('Плащане по фактура 1');
  });

  it.each([
    ['USD', 'invalid_currency', /USD/],
    ['BGN', 'invalid_currency', /BGN/],
  ])('%s: no payment QR standard, a DomainError names the currency', (currency, code, message) => {
    const vm = { ...bgClaim, total: { amount: '10.00', currency } };
    expect(() => paymentQrPayload(vm)).toThrow(DomainError);
    expect(() => paymentQrPayload(vm)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });

  it('rejects what would make a wrong payment order', () => {
    const withPipe = { ...ruClaim, paymentPurpose: 'Оплата | счёт 1' };
    expect(() => paymentQrPayload(withPipe)).toThrow(/Purpose: .*must not contain "\|"/);
    const noAccount = { ...ruClaim, company: { ...ruClaim.company, bank: { ...ruClaim.company.bank, account: undefined } } };
    expect(() => paymentQrPayload(noAccount)).toThrow(expect.objectContaining({ code: 'validation_failed', fields: { 'company.bank.account': expect.any(String) } }));
    const noIban = { ...bgClaim, company: { ...bgClaim.company, bank: { bankName: 'X' } } };
    expect(() => paymentQrPayload(noIban)).toThrow(/company\.bank\.iban/);
    const noEdrpou = { ...uaClaim, company: { ...uaClaim.company, taxIds: {} } };
    expect(() => paymentQrPayload(noEdrpou)).toThrow(/EDRPOU/);
    expect(() => paymentQrPayload({ ...ruClaim, total: { amount: '0.00', currency: 'RUB' } })).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
    expect(() => paymentQrPayload({ ...ruClaim, total: { amount: '1.005', currency: 'RUB' } })).toThrow(expect.objectContaining({ code: 'invalid_amount' }));
  });
});

describe('QR images round trip through jsQR', () => {
  const payloads = [...CASES.map((c) => [c.name, c.payload]), ['RUB, 20 invoices', paymentQrPayload(ruClaim20).payload]];

  it.each(payloads)('%s: the RGBA matrix decodes to the identical payload (Cyrillic included)', (_name, payload) => {
    expect(decode(qrRgba(payload!))).toBe(payload);
  });

  it.each(payloads)('%s: the PNG the documents embed (8-bit grey, one pixel a module) decodes to the identical payload', (_name, payload) => {
    const m = qrMatrix(payload!);
    const png = qrPng(m, 2);
    expect([...png.subarray(24, 26)]).toEqual([8, 0]); // IHDR: bit depth 8, colour type 0 (grey, no alpha)
    const img = pngToRgba(png, 4);
    expect(img.width).toBe((m.size + 4) * 4);
    expect(decode(img)).toBe(payload);
  });

  it('the mask chosen is the one qrcode chooses itself, module for module (the payloads and 40 more of every size)', () => {
    const more = Array.from({ length: 40 }, (_, n) => `Сумма=${n * 7919}|`.repeat(1 + n * 2));
    for (const payload of [...payloads.map((p) => p[1]!), ...more]) {
      const ours = qrMatrix(payload);
      const theirs = QRCode.create([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' }).modules;
      const cells = Array.from({ length: ours.size * ours.size }, (_, i) => (ours.dark(Math.floor(i / ours.size), i % ours.size) ? 1 : 0));
      expect(cells).toEqual([...theirs.data]);
    }
  });

  it('the penalty, scored a word at a time, is qrcode’s N1 + N2 + N3 + N4 for every mask of every payload', () => {
    type Penalties = Record<`getPenaltyN${1 | 2 | 3 | 4}`, (m: unknown) => number>;
    const rule = createRequire(import.meta.url)('qrcode/lib/core/mask-pattern.js') as Penalties;
    const more = Array.from({ length: 40 }, (_, n) => `Сумма=${n * 7919}|`.repeat(1 + n * 2));
    for (const payload of [...payloads.map((p) => p[1]!), ...more]) {
      for (const mask of [0, 1, 2, 3, 4, 5, 6, 7] as const) {
        const { modules } = QRCode.create([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: mask });
        const theirs = rule.getPenaltyN1(modules) + rule.getPenaltyN2(modules) + rule.getPenaltyN3(modules) + rule.getPenaltyN4(modules);
        expect({ payload, mask, penalty: maskPenalty(modules.size, modules.data) }).toEqual({ payload, mask, penalty: theirs });
      }
    }
  });

  it('the matrix is a square QR symbol of version 1–40 (error correction M)', () => {
    const m = qrMatrix(paymentQrPayload(fixtureViewModel('RU', 3)).payload);
    expect(m.size).toBe(17 + 4 * m.version);
    expect(m.version).toBeGreaterThanOrEqual(1);
    expect([m.dark(0, 0), m.dark(0, m.size - 1), m.dark(m.size - 1, 0)]).toEqual([true, true, true]); // finder patterns
  });
});
