import type { CustomerFile } from '../../customer/api/customer.api.ts';
import type { CallScript } from '../api/call.api.ts';
import type { CallDraft, Errors } from '../hooks/callDraft.ts';
import type { CallTask } from '../hooks/useCallTask.ts';

export type CallContext = { task: CallTask; file: CustomerFile; script: CallScript | undefined; today: string; currency: string; overdue: string; total: string };

export type StageProps = {
  draft: CallDraft;
  update: (patch: Partial<CallDraft>) => void;
  errors: Errors; // shown once the collector tried to go on
  ctx: CallContext;
};
