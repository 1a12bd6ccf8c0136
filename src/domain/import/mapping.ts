import { z } from 'zod';
import { DomainError } from '../errors.ts';

/**
 * A column-mapping file says how one source table (CSV or XLSX, one row per record) becomes ledger
 * records. Each target field is a template: "{Column}" is the column's value, text around it is kept
 * ("Customer {customerID}"), and a template without braces is a constant. A section with `when` makes a
 * record only for rows where that template is non-empty (and equals `whenEquals`, if given).
 */
const template = z.string().max(500);
const section = <T extends z.ZodRawShape>(fields: T) => z.strictObject({ when: template.optional(), whenEquals: z.string().optional(), ...fields });

export const Mapping = z.strictObject({
  $comment: z.string().optional(),
  format: z.enum(['csv', 'xlsx']),
  delimiter: z.string().length(1).default(','),
  sheet: z.string().optional(),
  encoding: z.enum(['utf-8', 'windows-1251']).default('utf-8'),
  dateFormat: z.enum(['iso', 'dd.mm.yyyy', 'm/d/yyyy', 'd/m/yyyy']),
  decimalSeparator: z.enum(['.', ',']).default('.'),
  valueMaps: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  customers: section({
    externalId: template, legalName: template, country: template, timeZone: template, language: template,
    taxId: template.optional(), riskClass: template.optional(), tags: template.optional(), legalAddress: template.optional(),
  }).optional(),
  contacts: section({
    customer: template, name: template, role: template, decidesOnPayments: template.optional(),
    workPhone: template.optional(), mobilePhone: template.optional(), workEmail: template.optional(),
  }).optional(),
  invoices: section({
    customer: template, number: template, issueDate: template, dueDate: template.optional(), amount: template,
    currency: template, externalId: template.optional(),
  }).optional(),
  payments: section({
    customer: template, externalId: template, date: template, amount: template, currency: template,
    invoice: template.optional(), reference: template.optional(),
  }).optional(),
  disputes: section({ invoice: template, openedOn: template, reason: template, resolvedOn: template.optional() }).optional(),
});
export type Mapping = z.infer<typeof Mapping>;
export type SectionName = 'customers' | 'contacts' | 'invoices' | 'payments' | 'disputes';
export const SECTIONS: SectionName[] = ['customers', 'contacts', 'invoices', 'payments', 'disputes'];

export type SourceRow = { line: number; values: Record<string, string> };

/**
 * A compiled template: evaluates against a row; `column` is the first column it reads (for error
 * messages), `valueMap` translates a value ("Yes" -> "true") when the mapping names one for that column.
 */
export type Template = { column: string | undefined; evaluate(row: Record<string, string>): string };

export function compileTemplate(text: string, valueMaps: Mapping['valueMaps'], headers: Set<string>, path: string): Template {
  const parts = text.split(/(\{[^}]+\})/).filter((p) => p !== '');
  const columns = parts.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1));
  for (const column of columns) {
    if (!headers.has(column)) {
      throw new DomainError('import_failed', `mapping ${path}: column "${column}" is not in the file (its columns: ${[...headers].join(', ')})`, { [`mapping.${path}`]: `no column "${column}"` });
    }
  }
  const pieces = parts.map((p) => {
    if (!p.startsWith('{')) return () => p;
    const column = p.slice(1, -1);
    const map = valueMaps[column];
    return (row: Record<string, string>) => {
      const raw = (row[column] ?? '').trim();
      return map ? (map[raw] ?? raw) : raw;
    };
  });
  // A template made only of placeholders is empty when all its columns are empty.
  const onlyColumns = parts.every((p) => p.startsWith('{'));
  return {
    column: columns[0],
    evaluate(row) {
      const value = pieces.map((piece) => piece(row)).join('');
      if (onlyColumns) return value;
      return columns.every((c) => !(row[c] ?? '').trim()) && columns.length > 0 ? '' : value;
    },
  };
}
