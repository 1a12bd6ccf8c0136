import { api } from '../../../ui/http.ts';
import type { Stage } from '../../call/hooks/callDraft.ts';

export type PolicyStep = {
  code: string; anchor: 'due' | 'previous' | 'claim_deadline'; offsetDays: number; offsetUnit: 'business' | 'calendar';
  channels: string[]; mode: 'automatic' | 'task'; window: { from: string; to: string }; templateKey: string; purpose: string;
  conditions: { unlessOfficialLetter?: boolean; formalClaim?: boolean };
};
export type Policy = { code: string; name: string; steps: PolicyStep[]; minBalanceMinor: string; brokenPromisesToClaim: number; contactPolicy?: string };
export type PreviewLine = { code: string; date: string; channels: string[]; mode: string; purpose: string; localWindow: string; windowStart: string; windowEnd: string };
export type Template = { language: string; kind: string; edited: boolean; subject: string; body: string };
export type Finding = { severity: string; rule: string; practice: string; phrase: string; suggestion: string };

export const fetchPolicies = () => api<{ items: Policy[] }>('/api/v1/policies');
export const savePolicy = (code: string, body: { name: string; steps: PolicyStep[]; minBalance: string; brokenPromisesToClaim: number }) =>
  api<Policy>(`/api/v1/policies/${code}`, 'PUT', body);
export const previewPolicy = (code: string, body: { dueDate: string; country: string; timeZone: string }) =>
  api<{ effectiveDue: string; steps: PreviewLine[] }>(`/api/v1/policies/${code}/preview`, 'POST', body);

export const fetchTemplates = () => api<{ items: Template[] }>('/api/v1/templates');
export const saveTemplate = (t: Pick<Template, 'language' | 'kind' | 'subject' | 'body'>) =>
  api<unknown>(`/api/v1/templates/${t.language}/${t.kind}`, 'PUT', { subject: t.subject, body: t.body });
export const previewTemplate = (t: Pick<Template, 'language' | 'kind' | 'subject' | 'body'>) =>
  api<{ subject: string; text: string; html: string; findings: Finding[] }>(`/api/v1/templates/${t.language}/${t.kind}/preview`, 'POST', { subject: t.subject, body: t.body });

export type ScriptStages = Record<Stage, string[]>;
