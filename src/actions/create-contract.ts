import type { DbOrTx } from '../store/db.ts';
import { contracts } from '../store/schema.ts';
import { insertAudited, type WriteContext } from '../store/versioned.store.ts';
import type { NewContract } from './contract-input.ts';

export type ContractRow = typeof contracts.$inferSelect;

export async function createContract(db: DbOrTx, input: NewContract, ctx: WriteContext): Promise<ContractRow> {
  return insertAudited<ContractRow>(db, contracts, input, ctx);
}
