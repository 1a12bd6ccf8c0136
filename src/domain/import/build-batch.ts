import { isTimeZone } from '../calendar/index.ts';
import { CONTACT_ROLES, LANGUAGES } from '../fields.ts';
import { parsePositiveAmount } from '../money.ts';
import { toBoolean, toDecimalString, toIsoDate, type Converted } from './convert.ts';
import type { SourceRow } from './csv.ts';
import { SLICE, type Sliced } from './slices.ts';
import { compileTemplate, SECTIONS, type Mapping, type SectionName, type Template } from './mapping.ts';

/** One problem with one cell: line in the file (header = line 1), the source column, the reason. */
export type RowError = { line: number; column: string; field: string; reason: string };

type Source = { line: number; columns: Record<string, string> }; // field -> source column (one object per section), for later errors
export type CustomerRecord = Source & { externalId: string; legalName: string; country: string; timeZone: string; language: string; taxId?: string; riskClass?: string; tags: string[]; legalAddress?: string };
export type ContactRecord = Source & { customer: string; name: string; role: string; decidesOnPayments: boolean; phones: Record<string, string>; emails: Record<string, string> };
export type InvoiceRecord = Source & { customer: string; number: string; issueDate: string; dueDate?: string; amount: bigint; currency: string; externalId?: string };
export type PaymentRecord = Source & { customer: string; externalId: string; date: string; amount: bigint; currency: string; invoice?: string; reference?: string };
export type DisputeRecord = Source & { invoice: string; openedOn: string; reason: string; resolvedOn?: string };
export type Batch = {
  customers: CustomerRecord[]; contacts: ContactRecord[]; invoices: InvoiceRecord[]; payments: PaymentRecord[]; disputes: DisputeRecord[];
  /** Keys of customers and invoices whose rows had errors: references to them are not reported again. */
  rejected: { customers: Set<string>; invoices: Set<string> };
};


/**
 * Turns source rows into ledger records by the mapping, collecting EVERY bad cell rather than stopping
 * at the first: the import is all or nothing, and the person fixing the file wants the whole list.
 * Runs in slices (slices.ts).
 */
export function* buildBatch(mapping: Mapping, headers: string[], rows: SourceRow[]): Sliced<{ batch: Batch; errors: RowError[] }> {
  const positions = new Map<string, number>();
  headers.forEach((h, i) => { if (h) positions.set(h, i); });
  const sections = compileSections(mapping, positions);
  const batch: Batch = { customers: [], contacts: [], invoices: [], payments: [], disputes: [], rejected: { customers: new Set(), invoices: new Set() } };
  const errors: RowError[] = [];
  const seen = { customers: new Set<string>(), invoices: new Set<string>(), payments: new Set<string>() };
  const dates = new Map<string, Converted<string>>(); // an export repeats few distinct dates: each is checked once
  const readers = sections.map((section) => new Cells(section, mapping, errors, dates));
  let read = 0;
  for (const row of rows) {
    if (++read % SLICE === 0) yield;
    for (const cell of readers) {
      const { name, templates, whenEquals } = cell.section;
      if (!applies(templates, whenEquals, row.cells)) continue;
      // One row per invoice repeats its customer: a customer already read from an earlier row is not read again.
      if (name === 'customers' && seen.customers.has(templates.externalId?.evaluate(row.cells) ?? '')) continue;
      cell.read(row);
      const record = READERS[name](cell);
      if (!record || cell.failed) {
        if (name === 'customers') batch.rejected.customers.add(cell.optional('externalId') ?? '');
        if (name === 'invoices') batch.rejected.invoices.add(cell.optional('number') ?? '');
        continue;
      }
      if (name === 'customers' || name === 'invoices' || name === 'payments') {
        const key = name === 'invoices' ? (record as InvoiceRecord).number : (record as CustomerRecord).externalId;
        if (seen[name].has(key)) {
          if (name === 'customers') continue; // one row per invoice repeats its customer: the first one counts
          errors.push({ line: row.line, column: cell.columnOf(name === 'invoices' ? 'number' : 'externalId'), field: name === 'invoices' ? 'number' : 'externalId', reason: `"${key}" appears twice in the file` });
          continue;
        }
        seen[name].add(key);
      }
      (batch[name] as unknown[]).push(record);
    }
  }
  return { batch, errors };
}

/** A mapping section compiled against the file's header: its templates and which column each field reads. */
type Section = { name: SectionName; templates: Record<string, Template>; whenEquals: string | undefined; columns: Record<string, string> };

function compileSections(mapping: Mapping, headers: Map<string, number>): Section[] {
  const out: Section[] = [];
  for (const name of SECTIONS) {
    const section = mapping[name];
    if (!section) continue;
    const templates: Record<string, Template> = {};
    for (const [field, text] of Object.entries(section)) {
      if (field === 'whenEquals' || typeof text !== 'string') continue;
      templates[field] = compileTemplate(text, mapping.valueMaps, headers, `${name}.${field}`);
    }
    const columns = Object.fromEntries(Object.entries(templates).map(([f, t]) => [f, t.column ?? '(constant)']));
    out.push({ name, templates, whenEquals: section.whenEquals, columns });
  }
  return out;
}

function applies(templates: Record<string, Template>, whenEquals: string | undefined, cells: string[]): boolean {
  const when = templates.when;
  if (!when) return true;
  const value = when.evaluate(cells);
  return whenEquals === undefined ? value !== '' : value === whenEquals;
}

/** Reads one row's fields for one section, recording each bad cell as an error (one reader per section, row after row). */
class Cells {
  failed = false;
  private row: SourceRow = { line: 0, cells: [] };
  private templates: Record<string, Template>;
  constructor(readonly section: Section, private mapping: Mapping, private errors: RowError[], private dates: Map<string, Converted<string>>) {
    this.templates = section.templates;
  }
  read(row: SourceRow) {
    this.row = row;
    this.failed = false;
  }
  columnOf(field: string) { return this.section.columns[field] ?? '(constant)'; }
  fail(field: string, reason: string): undefined {
    this.failed = true;
    this.errors.push({ line: this.row.line, column: this.columnOf(field), field, reason });
    return undefined;
  }
  optional(field: string): string | undefined {
    const v = this.templates[field]?.evaluate(this.row.cells);
    return v === '' ? undefined : v;
  }
  text(field: string, max = 500): string {
    const v = this.optional(field);
    if (v === undefined) return this.fail(field, 'is empty') ?? '';
    if (v.length > max) return this.fail(field, `is longer than ${max} characters`) ?? '';
    return v;
  }
  date(field: string, required = true): string | undefined {
    const v = required ? this.text(field) : this.optional(field);
    if (!v) return undefined;
    let r = this.dates.get(v);
    if (!r) this.dates.set(v, (r = toIsoDate(v, this.mapping.dateFormat)));
    return r.ok ? r.value : this.fail(field, r.reason);
  }
  money(field: string, currency: string): bigint {
    const v = this.text(field);
    if (!v || !currency) return 0n;
    const d = toDecimalString(v, this.mapping.decimalSeparator);
    if (!d.ok) return this.fail(field, d.reason) ?? 0n;
    try {
      return parsePositiveAmount(d.value, currency, field);
    } catch (e) {
      return this.fail(field, (e as Error).message.replace(`${field}: `, '')) ?? 0n;
    }
  }
  matching(field: string, pattern: RegExp, expected: string, required = true): string {
    const v = required ? this.text(field) : (this.optional(field) ?? '');
    if (v && !pattern.test(v)) return this.fail(field, `"${v}" ${expected}`) ?? '';
    return v;
  }
  get line() { return this.row.line; }
  get columns() { return this.section.columns; }
}

const LANGUAGE = new RegExp(`^(${LANGUAGES.join('|')})$`);
const CONTACT_ROLE = new RegExp(`^(${CONTACT_ROLES.join('|')})$`);

const READERS: Record<SectionName, (c: Cells) => unknown> = {
  customers: (c) => ({
    line: c.line, columns: c.columns,
    externalId: c.text('externalId', 200), legalName: c.text('legalName'),
    country: c.matching('country', /^[A-Z]{2}$/, 'is not a two-letter country code'),
    timeZone: validTimeZone(c), language: c.matching('language', LANGUAGE, `is not one of ${LANGUAGES.join(', ')}`),
    taxId: c.optional('taxId'), riskClass: c.optional('riskClass'), legalAddress: c.optional('legalAddress'),
    tags: (c.optional('tags') ?? '').split(/[;,]/).map((t) => t.trim()).filter(Boolean),
  }),
  contacts: (c) => {
    const decides = toBoolean(c.optional('decidesOnPayments') ?? '');
    return {
      line: c.line, columns: c.columns, customer: c.text('customer'), name: c.text('name'),
      role: c.matching('role', CONTACT_ROLE, `is not one of ${CONTACT_ROLES.join(', ')}`),
      decidesOnPayments: decides.ok ? decides.value : c.fail('decidesOnPayments', decides.reason) ?? false,
      phones: compact({ work: c.optional('workPhone'), mobile: c.optional('mobilePhone') }),
      emails: compact({ work: c.matching('workEmail', /^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'is not an e-mail address', false) || undefined }),
    };
  },
  invoices: (c) => {
    const currency = c.matching('currency', /^[A-Z]{3}$/, 'is not an ISO 4217 currency code');
    const issueDate = c.date('issueDate');
    const dueDate = c.date('dueDate', false);
    if (issueDate && dueDate && dueDate < issueDate) c.fail('dueDate', `${dueDate} is before the issue date ${issueDate}`);
    return { line: c.line, columns: c.columns, customer: c.text('customer'), number: c.text('number', 100), issueDate, dueDate, amount: c.money('amount', currency), currency, externalId: c.optional('externalId') };
  },
  payments: (c) => {
    const currency = c.matching('currency', /^[A-Z]{3}$/, 'is not an ISO 4217 currency code');
    return { line: c.line, columns: c.columns, customer: c.text('customer'), externalId: c.text('externalId', 200), date: c.date('date'), amount: c.money('amount', currency), currency, invoice: c.optional('invoice'), reference: c.optional('reference') };
  },
  disputes: (c) => ({ line: c.line, columns: c.columns, invoice: c.text('invoice'), openedOn: c.date('openedOn'), reason: c.text('reason', 5000), resolvedOn: c.date('resolvedOn', false) }),
};

function validTimeZone(c: Cells): string {
  const tz = c.text('timeZone');
  if (!tz) return '';
  return isTimeZone(tz) ? tz : c.fail('timeZone', `"${tz}" is not an IANA time zone`) ?? '';
}

function compact(o: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => e[1] !== undefined));
}
