import { describe, expect, it } from 'vitest';
import { allocateOldestFirst, checkExplicitAllocations } from './allocation.ts';

const inv = (id: string, balance: string, currency = 'RUB') => ({ id, number: id, currency, balance: BigInt(balance) });

describe('allocateOldestFirst (invoices come sorted by due date)', () => {
  it.each([
    ['exact cover of the oldest', '1000', [['A', '1000'], ['B', '500']], [['A', '1000']]],
    ['spills into the next', '1200', [['A', '1000'], ['B', '500']], [['A', '1000'], ['B', '200']]],
    ['over-payment leaves credit', '2000', [['A', '1000'], ['B', '500']], [['A', '1000'], ['B', '500']]],
    ['skips paid invoices', '300', [['A', '0'], ['B', '500']], [['B', '300']]],
    ['nothing open', '300', [], []],
  ])('%s', (_name, amount, open, expected) => {
    const plan = allocateOldestFirst(BigInt(amount as string), 'RUB', (open as string[][]).map(([id, b]) => inv(id!, b!)));
    expect(plan.map((p) => [p.invoiceId, p.amount.toString()])).toEqual(expected);
  });

  it('leaves invoices in another currency alone', () => {
    expect(allocateOldestFirst(500n, 'EUR', [inv('A', '1000', 'RUB'), inv('B', '300', 'EUR')])).toEqual([{ invoiceId: 'B', amount: 300n }]);
  });
});

describe('checkExplicitAllocations', () => {
  const open = [inv('A', '1000'), inv('B', '500')];
  it('accepts allocations within the balances and the money', () => {
    expect(checkExplicitAllocations(1500n, 'RUB', [{ invoiceId: 'B', amount: 500n }, { invoiceId: 'A', amount: 900n }], open)).toHaveLength(2);
  });
  it.each([
    ['more than an invoice owes', 2000n, [{ invoiceId: 'B', amount: 600n }], /allocations\.0\.amount: 6\.00 is more than invoice B still owes \(5\.00\)/],
    ['more than the money', 1000n, [{ invoiceId: 'A', amount: 900n }, { invoiceId: 'B', amount: 200n }], /allocations: they add up to 11\.00, more than the 10\.00 received/],
    ['an invoice of someone else', 100n, [{ invoiceId: 'Z', amount: 100n }], /allocations\.0\.invoiceId: invoice Z is not an open invoice/],
  ])('rejects %s', (_name, amount, requested, message) => {
    expect(() => checkExplicitAllocations(amount, 'RUB', requested, open)).toThrow(message);
  });
});
