import { api, query } from '../../../ui/http.ts';
import type { OutcomeBody } from '../hooks/outcomeBody.ts';
import type { Stage } from '../hooks/callDraft.ts';

/** A call script: lines per stage for one policy step and language; placeholders filled for a customer. */
export type CallScript = {
  stepCode: string; language: string; stages: Record<Stage, string[]>; edited: boolean; version: number | null;
  filled?: Record<Stage, string[]> | null; values?: Record<string, string>;
};

export const fetchCallScript = (stepCode: string, language: string, customerId?: string) =>
  api<CallScript>(`/api/v1/call-scripts${query({ stepCode, language, customerId })}`);

export const saveCallScript = (stepCode: string, language: string, stages: Record<Stage, string[]>) =>
  api<CallScript>(`/api/v1/call-scripts/${encodeURIComponent(stepCode)}/${language}`, 'PUT', stages);

type NextTask = { id: string; kind: string; dueDate: string; windowStart: string } | null;
/** The closed task, the task it created (callback, retry, meeting), and when the broken-promise call would come (S5). */
export type OutcomeResult = { id: string; status: string; nextTask: NextTask; meetingTask: NextTask; followUp: { date: string; kind: string } | null; confirmation: unknown };

export const recordOutcome = (taskId: string, body: OutcomeBody) => api<OutcomeResult>(`/api/v1/tasks/${taskId}/outcome`, 'POST', body);
