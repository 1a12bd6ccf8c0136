import { describe, expect, it } from 'vitest';
import { paidTowardsPromises, type PromiseTerms, type ReceivedPayment } from './promises.ts';

const promise = (id: string, createdOn: string, promisedDate: string, amount: bigint, currency = 'RUB'): PromiseTerms => ({ id, createdOn, promisedDate, amount, currency });
const paid = (date: string, amount: bigint, currency = 'RUB'): ReceivedPayment => ({ date, amount, currency });
const towards = (promises: PromiseTerms[], payments: ReceivedPayment[], asOf = '2025-12-31') => Object.fromEntries(paidTowardsPromises(promises, payments, asOf));

describe('paidTowardsPromises: one payment counts once', () => {
  const plan = [promise('i1', '2025-11-20', '2025-12-01', 100_000n), promise('i2', '2025-11-20', '2026-01-01', 100_000n), promise('i3', '2025-11-20', '2026-02-01', 100_000n)];

  it.each([
    // [case, payments, asOf, expected i1 / i2 / i3]
    ['the first instalment paid keeps only the first', [paid('2025-11-25', 100_000n)], '2025-12-31', [100_000n, 0n, 0n]],
    ['a payment larger than an instalment runs on to the next', [paid('2025-11-25', 150_000n)], '2025-12-31', [100_000n, 50_000n, 0n]],
    ['two part payments make up the first, then the second', [paid('2025-11-25', 60_000n), paid('2025-11-28', 60_000n)], '2025-12-31', [100_000n, 20_000n, 0n]],
    ['a payment after the first date cannot keep the first', [paid('2025-12-05', 100_000n)], '2025-12-31', [0n, 100_000n, 0n]],
    ['the whole plan paid at once', [paid('2025-11-21', 300_000n)], '2025-12-31', [100_000n, 100_000n, 100_000n]],
    ['payments after asOf do not count yet', [paid('2025-11-25', 100_000n), paid('2025-12-20', 100_000n)], '2025-12-10', [100_000n, 0n, 0n]],
    ['another currency does not count', [paid('2025-11-25', 100_000n, 'EUR')], '2025-12-31', [0n, 0n, 0n]],
  ] as const)('%s', (_case, payments, asOf, [a, b, c]) => {
    expect(towards(plan, [...payments], asOf)).toEqual({ i1: a, i2: b, i3: c });
  });

  it('does not count money paid before the promise was made', () => {
    expect(towards([promise('p', '2025-11-20', '2025-12-01', 50_000n)], [paid('2025-11-19', 50_000n)])).toEqual({ p: 0n });
  });

  it('serves promises from different calls by their dates, not by when they were made', () => {
    const later = promise('made-first', '2025-11-01', '2025-12-15', 70_000n);
    const sooner = promise('made-second', '2025-11-10', '2025-11-30', 30_000n);
    expect(towards([later, sooner], [paid('2025-11-12', 50_000n)])).toEqual({ 'made-first': 20_000n, 'made-second': 30_000n });
  });
});
