import type { DbOrTx } from '../store/db.ts';
import { companies } from '../store/schema.ts';
import { updateAudited, type WriteContext } from '../store/versioned.store.ts';
import type { CompanyPatch } from './company-input.ts';
import type { CompanyRow } from './create-company.ts';

export async function updateCompany(db: DbOrTx, id: string, input: CompanyPatch, ctx: WriteContext): Promise<CompanyRow> {
  const { version, ...patch } = input;
  return updateAudited<CompanyRow>(db, companies, id, version, patch, ctx);
}
