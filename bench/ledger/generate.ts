/**
 * A deterministic ledger export for the benchmarks: N invoices of M customers as one CSV (one row per
 * invoice, the customer repeated on each row, a settlement date on ~70% of the rows = a full payment),
 * and the column mapping that imports it (customers + invoices + payments, like the IBM mapping).
 *
 * Same seed, same sizes -> byte-identical file: the PRNG is mulberry32, never Math.random.
 * Dates are dd.mm.yyyy in 2024-2025, amounts are "1234.56" (dot decimal), every customer appears at
 * least once, busy customers have many invoices (a skewed distribution), rows are in issue-date order
 * as an ERP export would be, some names need CSV quoting.
 */

export type LedgerOptions = { invoices: number; customers: number; seed?: number };
export type GeneratedLedger = { csv: Buffer; mapping: LedgerMapping; paid: number; bytes: number };

export const CSV_COLUMNS = [
  'customer_id', 'customer_name', 'country', 'vat_id', 'invoice_number', 'issue_date', 'due_date', 'amount', 'currency', 'settled_on',
] as const;

/** The mapping for the generated file, in the shape of mappings/*.json. */
export const LEDGER_MAPPING = {
  $comment: 'Benchmark export (bench/ledger/generate.ts): one row per invoice; settled_on is a full payment on that date.',
  format: 'csv',
  delimiter: ',',
  dateFormat: 'dd.mm.yyyy',
  decimalSeparator: '.',
  customers: {
    externalId: '{customer_id}', legalName: '{customer_name}', country: '{country}', timeZone: 'UTC', language: 'en', taxId: '{vat_id}',
  },
  invoices: {
    customer: '{customer_id}', number: '{invoice_number}', issueDate: '{issue_date}', dueDate: '{due_date}', amount: '{amount}', currency: '{currency}',
  },
  payments: {
    when: '{settled_on}', customer: '{customer_id}', externalId: 'settlement-{invoice_number}', date: '{settled_on}', amount: '{amount}',
    currency: '{currency}', invoice: '{invoice_number}', reference: 'settlement of invoice {invoice_number}',
  },
} as const;
export type LedgerMapping = typeof LEDGER_MAPPING;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Nord', 'Baltic', 'Alpen', 'Danube', 'Rhein', 'Adria', 'Balkan', 'Helvetic', 'Iberia', 'Carpat', 'Atlas', 'Vega', 'Orion', 'Sofia', 'Polar', 'Lumen'];
const SECOND = ['Foods', 'Logistics', 'Trading', 'Steel', 'Pharma', 'Textiles', 'Print', 'Energy', 'Agro', 'Timber', 'Glass', 'Motors', 'Retail', 'Chemicals'];
const FORMS = ['GmbH', 'Ltd', 'OOD', 'LLC', 'S.A.', 'B.V.', 'sp. z o.o.', 'AG', 'EOOD', 'Kft.'];
const COUNTRIES = ['DE', 'DE', 'DE', 'AT', 'BG', 'BG', 'PL', 'NL', 'HU', 'CH'];
const TERMS = [14, 30, 30, 30, 45, 60, 90];
const START = Date.UTC(2024, 0, 1);
const DAYS = 731; // 2024-01-01 .. 2025-12-31
const LAST_DAY = DAYS - 1;
const DAY_MS = 86_400_000;

type Customer = { id: string; name: string; country: string; vat: string; currency: string; terms: number; payer: number };

function makeCustomers(count: number, random: () => number): Customer[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const width = Math.max(6, String(count).length);
  return Array.from({ length: count }, (_, i) => {
    const country = pick(COUNTRIES);
    const name = `${pick(FIRST)} ${pick(SECOND)}${random() < 0.1 ? ', Branch ' + (1 + Math.floor(random() * 9)) : ''} ${pick(FORMS)}`;
    const c = random();
    return {
      id: `C${String(i + 1).padStart(width, '0')}`, name, country,
      vat: `${country}${String(100_000_000 + Math.floor(random() * 899_999_999))}`,
      currency: c < 0.85 ? 'EUR' : c < 0.95 ? 'USD' : 'GBP',
      terms: pick(TERMS),
      payer: 0.5 + random() * 0.47, // this customer's share of settled invoices, mean ~0.7
    };
  });
}

/**
 * Which customer each invoice belongs to: every customer once, the rest skewed towards a few busy
 * customers (u^2), then shuffled (Fisher-Yates) so rows mix customers as a real export does.
 */
function assignCustomers(invoices: number, customers: number, random: () => number): Int32Array {
  const out = new Int32Array(invoices);
  for (let i = 0; i < invoices; i++) out[i] = i < customers ? i : Math.floor(customers * random() ** 2);
  for (let i = invoices - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/** dd.mm.yyyy for every day offset we may need (issue dates, due dates up to 90 days later). */
function dayTable(days: number): string[] {
  return Array.from({ length: days }, (_, d) => {
    const iso = new Date(START + d * DAY_MS).toISOString();
    return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  });
}

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Generates the CSV. With `invoices >= customers`, every customer has at least one invoice. */
export function generateLedger(options: LedgerOptions): GeneratedLedger {
  const { invoices, customers: customerCount } = options;
  if (!(customerCount >= 1 && invoices >= customerCount)) throw new Error(`need invoices (${invoices}) >= customers (${customerCount}) >= 1`);
  const random = prng(options.seed ?? 20_250_101);
  const customers = makeCustomers(customerCount, random);
  const owner = assignCustomers(invoices, customerCount, random);
  const dates = dayTable(DAYS + 200);
  const numberWidth = Math.max(7, String(invoices).length);
  const chunks: Buffer[] = []; // ~10,000 lines per Buffer: a million live strings would keep the GC busy
  let lines: string[] = [CSV_COLUMNS.join(',')];
  let paid = 0;
  for (let i = 0; i < invoices; i++) {
    const c = customers[owner[i]!]!;
    const issue = Math.floor((i * DAYS) / invoices); // export in issue-date order
    const due = issue + c.terms;
    const cents = Math.round(Math.exp(Math.log(1_500) + random() * Math.log(5_000_000 / 1_500))); // 15.00 .. 50,000.00, log-uniform
    const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const settledDay = issue + Math.floor(random() * (c.terms + 45));
    const settled = random() < c.payer && settledDay <= LAST_DAY ? dates[settledDay]! : '';
    if (settled) paid++;
    const number = `INV-${dates[issue]!.slice(6)}-${String(i + 1).padStart(numberWidth, '0')}`;
    lines.push(`${c.id},${quote(c.name)},${c.country},${c.vat},${number},${dates[issue]},${dates[due]},${amount},${c.currency},${settled}`);
    if (lines.length === 10_000) {
      chunks.push(Buffer.from(lines.join('\n') + '\n', 'utf8'));
      lines = [];
    }
  }
  if (lines.length > 0) chunks.push(Buffer.from(lines.join('\n') + '\n', 'utf8'));
  const csv = Buffer.concat(chunks);
  return { csv, mapping: LEDGER_MAPPING, paid, bytes: csv.length };
}
