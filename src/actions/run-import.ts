import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../domain/errors.ts';
import type { Db } from '../store/db.ts';
import type { WriteContext } from '../store/versioned.store.ts';
import { importLedger, type ImportInput, type ImportResult } from './import-ledger.ts';

const SHIPPED_MAPPINGS = new URL('../../mappings/', import.meta.url);

/** A mapping given by name is one shipped in mappings/ (e.g. "ibm-accounts-receivable"). */
export async function loadMapping(mapping: unknown): Promise<unknown> {
  if (typeof mapping !== 'string') return mapping;
  if (!/^[a-z0-9-]+$/.test(mapping)) throw new DomainError('validation_failed', `mapping: "${mapping}" is not a mapping name`, { mapping: 'unknown name' });
  try {
    return JSON.parse(await readFile(fileURLToPath(new URL(`${mapping}.json`, SHIPPED_MAPPINGS)), 'utf8')) as unknown;
  } catch {
    throw new DomainError('validation_failed', `mapping: no shipped mapping named "${mapping}"`, { mapping: 'unknown name' });
  }
}

class DryRun extends Error {
  constructor(readonly result: ImportResult) { super('dry run'); }
}

/**
 * Runs an import in one transaction: all or nothing. A dry run validates and counts exactly as a real
 * import would, then rolls back.
 */
export async function runImport(db: Db, input: ImportInput & { dryRun?: boolean }, ctx: WriteContext): Promise<ImportResult & { dryRun: boolean }> {
  const mapping = await loadMapping(input.mapping);
  try {
    const result = await db.transaction(async (tx) => {
      const r = await importLedger(tx, { ...input, mapping }, ctx);
      if (input.dryRun) throw new DryRun(r);
      return r;
    });
    return { ...result, dryRun: false };
  } catch (error) {
    if (error instanceof DryRun) return { ...error.result, dryRun: true };
    throw error;
  }
}
