import type { DbOrTx } from '../store/db.ts';
import { contracts } from '../store/schema.ts';
import { updateAudited, type WriteContext } from '../store/versioned.store.ts';
import type { ContractPatch } from './contract-input.ts';
import type { ContractRow } from './create-contract.ts';

export async function updateContract(db: DbOrTx, id: string, input: ContractPatch, ctx: WriteContext): Promise<ContractRow> {
  const { version, ...patch } = input;
  return updateAudited<ContractRow>(db, contracts, id, version, patch, ctx);
}
