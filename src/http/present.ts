import { formatAmount } from '../domain/money.ts';

/**
 * JSON output: money leaves as a decimal string in its row's currency ("1234.50"), other bigints as
 * integer strings; secrets never leave.
 */
export function present<T extends Record<string, unknown>>(row: T, currencyField: keyof T | undefined = 'currency'): Record<string, unknown> {
  const currency = currencyField ? (row[currencyField] as string | undefined) : undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'passwordHash' || key === 'tokenHash') continue;
    if (typeof value === 'bigint') {
      const moneyCurrency = key === 'creditLimit' ? (row.creditLimitCurrency as string) : currency;
      out[key] = moneyCurrency ? formatAmount(value, moneyCurrency) : value.toString();
    } else out[key] = value;
  }
  return out;
}

export function presentPage<T extends Record<string, unknown>>(page: { items: T[]; nextCursor: string | null }, currencyField?: keyof T) {
  return { items: page.items.map((i) => present(i, currencyField)), nextCursor: page.nextCursor };
}
