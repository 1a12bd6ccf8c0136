import type { DbOrTx } from '../store/db.ts';
import { companies } from '../store/schema.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';
import type { NewCompany } from './company-input.ts';

export type CompanyRow = typeof companies.$inferSelect;

export async function createCompany(db: DbOrTx, input: NewCompany, ctx: WriteContext): Promise<CompanyRow> {
  return insertAudited<CompanyRow>(db, companies, input, ctx);
}
