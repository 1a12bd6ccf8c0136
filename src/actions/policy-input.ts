import { z } from 'zod';
import { decimalString } from '../domain/fields.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM');

export const PolicyStepInput = z.strictObject({
  code: z.string().regex(/^[A-Z0-9_-]{1,20}$/, 'must be a short code such as L1'),
  anchor: z.enum(['due', 'previous', 'claim_deadline']),
  offsetDays: z.int().min(-60).max(365),
  offsetUnit: z.enum(['business', 'calendar']),
  channels: z.array(z.enum(['call', 'email', 'letter', 'sms', 'legal'])).min(1).max(3),
  mode: z.enum(['automatic', 'task']),
  window: z.strictObject({ from: time, to: time }).refine((w) => w.from < w.to, 'from must be before to'),
  templateKey: z.string().min(1).max(100),
  purpose: z.string().min(1).max(500),
  conditions: z.strictObject({ unlessOfficialLetter: z.boolean().optional(), formalClaim: z.boolean().optional() }).default({}),
});

/** An edited or new policy: steps in order; the first step must be anchored to the due date. */
export const PolicyInput = z.strictObject({
  name: z.string().min(1).max(200),
  steps: z.array(PolicyStepInput).min(1).max(20)
    .refine((steps) => steps[0]?.anchor === 'due', 'the first step must be anchored to the due date')
    .refine((steps) => new Set(steps.map((s) => s.code)).size === steps.length, 'step codes must be unique')
    .refine((steps) => steps.every((s, i) => s.anchor !== 'claim_deadline' || steps.slice(0, i).some((p) => p.conditions.formalClaim)), 'a step anchored to the claim deadline must come after a formal-claim step'),
  minBalance: decimalString.default('0'),
  brokenPromisesToClaim: z.int().min(1).max(10).default(3),
  contactPolicy: z.enum(['default', 'individuals-230fz']).default('default'),
});
export type PolicyInput = z.infer<typeof PolicyInput>;
