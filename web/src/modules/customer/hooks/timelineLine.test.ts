import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/index.ts';
import { timelineLine } from './timelineLine.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const at = '2025-12-11T06:00:00.000Z';

describe('the history in the interface language', () => {
  it('a promise, an invoice and a payment read as sentences in Russian', () => {
    const t = createI18n('ru').t;
    expect(plain(timelineLine({ at, kind: 'promise', title: 'promise 155000.50 RUB by 2025-12-19', detail: { status: 'open' } }, t, 'ru-RU')))
      .toBe('обещано 155 000,50 ₽ до 19 дек. 2025 г.');
    expect(plain(timelineLine({ at, kind: 'invoice', title: 'Invoice W-1', detail: { amount: '150000.00', currency: 'RUB', dueDate: '2025-12-10' } }, t, 'ru-RU')))
      .toBe('W-1 · 150 000,00 ₽ · срок 10 дек. 2025 г.');
    expect(plain(timelineLine({ at, kind: 'payment', title: 'payment', detail: { amount: '10000.00', currency: 'RUB' } }, t, 'ru-RU'))).toBe('10 000,00 ₽');
  });

  it('a call shows its outcome', () => {
    const t = createI18n('en').t;
    expect(timelineLine({ at, kind: 'task', title: 'L4 call', detail: { outcome: 'promise' } }, t, 'en-GB')).toBe('L4 call · Promise');
  });
});
