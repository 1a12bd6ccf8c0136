import ExcelJS from 'exceljs';
import { DomainError } from '../domain/errors.ts';
import { parseCsv, type SourceRow } from '../domain/import/csv.ts';
import { inSlices } from '../domain/import/slices.ts';
import type { Mapping } from '../domain/import/mapping.ts';

export type Table = { headers: string[]; rows: SourceRow[] };

/** Reads a CSV or XLSX file into its header and rows of cells, each with its line number in the file. */
export async function readTable(file: Buffer, mapping: Mapping, pause: () => Promise<void>): Promise<Table> {
  return mapping.format === 'csv' ? readCsv(file, mapping, pause) : readXlsx(file, mapping);
}

/** A CSV is read in slices, pausing between them (domain/import/slices.ts). */
async function readCsv(file: Buffer, mapping: Mapping, pause: () => Promise<void>): Promise<Table> {
  const text = new TextDecoder(mapping.encoding).decode(file).replace(/^\uFEFF/, '');
  const { header, rows } = await inSlices(parseCsv(text, mapping.delimiter), pause);
  return { headers: header.map((h) => h.trim()), rows };
}

async function readXlsx(file: Buffer, mapping: Mapping): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    throw new DomainError('import_failed', `file: not readable as XLSX: ${(error as Error).message}`, { file: 'not XLSX' });
  }
  const sheet = mapping.sheet ? workbook.getWorksheet(mapping.sheet) : workbook.worksheets[0];
  if (!sheet) throw new DomainError('import_failed', `sheet: "${mapping.sheet}" is not in the workbook`, { sheet: 'not found' });
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => { headers[col - 1] = cellText(cell.value, mapping).trim(); });
  const rows: SourceRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    rows.push({ line, cells: Array.from(headers, (_, i) => cellText(row.getCell(i + 1).value, mapping)) });
  });
  return { headers: Array.from(headers, (h) => h ?? ''), rows };
}

/** Excel dates come as Date cells and numbers as doubles: write them the way the mapping reads text. */
function cellText(value: ExcelJS.CellValue, mapping: Mapping): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const [y, m, d] = value.toISOString().slice(0, 10).split('-');
    if (mapping.dateFormat === 'dd.mm.yyyy') return `${d}.${m}.${y}`;
    if (mapping.dateFormat === 'm/d/yyyy') return `${Number(m)}/${Number(d)}/${y}`;
    if (mapping.dateFormat === 'd/m/yyyy') return `${Number(d)}/${Number(m)}/${y}`;
    return `${y}-${m}-${d}`;
  }
  if (typeof value === 'number') return mapping.decimalSeparator === ',' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue, mapping);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}
