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

/**
 * A compiled template: evaluates against a row's cells; `column` is the first column it reads (for error
 * messages), `valueMap` translates a value ("Yes" -> "true") when the mapping names one for that column.
 */
export type Template = { column: string | undefined; evaluate(cells: string[]): string };

/** `headers` maps each column name to its position in a row. */
export function compileTemplate(text: string, valueMaps: Mapping['valueMaps'], headers: Map<string, number>, path: string): Template {
  const parts = text.split(/(\{[^}]+\})/).filter((p) => p !== '');
  const columns = parts.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1));
  const positions = columns.map((column) => {
    const at = headers.get(column);
    if (at === undefined) {
      throw new DomainError('import_failed', `mapping ${path}: column "${column}" is not in the file (its columns: ${[...headers.keys()].join(', ')})`, { [`mapping.${path}`]: `no column "${column}"` });
    }
    return at;
  });
  const cell = (at: number, map: Record<string, string> | undefined) => (cells: string[]) => {
    const raw = (cells[at] ?? '').trim();
    return map ? (map[raw] ?? raw) : raw;
  };
  // The common template is one placeholder ("{amount}"): read that cell, nothing to join.
  if (parts.length === 1 && columns.length === 1) return { column: columns[0], evaluate: cell(positions[0]!, valueMaps[columns[0]!]) };
  if (columns.length === 0) return { column: undefined, evaluate: () => text };
  const pieces = parts.map((p) => (p.startsWith('{') ? cell(headers.get(p.slice(1, -1))!, valueMaps[p.slice(1, -1)]) : () => p));
  // A template with constant text around its placeholders is empty when all its columns are empty.
  const onlyColumns = parts.every((p) => p.startsWith('{'));
  return {
    column: columns[0],
    evaluate(cells) {
      if (!onlyColumns && positions.every((at) => !(cells[at] ?? '').trim())) return '';
      let value = '';
      for (const piece of pieces) value += piece(cells);
      return value;
    },
  };
}
