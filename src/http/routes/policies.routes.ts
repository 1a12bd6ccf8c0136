import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addCalendarException, listCalendarExceptions, workingDays } from '../../actions/manage-calendars.ts';
import { assignRiskClassPolicy, findPolicy, listPolicies, previewPolicyFor, savePolicy } from '../../actions/manage-policies.ts';
import { PolicyInput } from '../../actions/policy-input.ts';
import { countryCode, isoDate, timeZone } from '../../domain/fields.ts';
import { principalOf } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';

const code = z.strictObject({ code: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a lowercase code such as standard') });
const showPolicy = (p: Awaited<ReturnType<typeof findPolicy>>) => ({ ...p, minBalanceMinor: p.minBalanceMinor.toString() });

/** Policies as data, their step-by-step preview, risk-class assignment, and business calendars. */
export function policyRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['policies'];
  r.get('/api/v1/policies', { config: { access: 'ledger.read' }, schema: { tags, summary: 'Collection policies (presets and edited ones)' } },
    async () => ({ items: (await listPolicies(db)).map(showPolicy) }));
  r.get('/api/v1/policies/:code', { config: { access: 'ledger.read' }, schema: { tags, summary: 'One policy', params: code } },
    async (request) => showPolicy(await findPolicy(db, request.params.code)));
  r.put('/api/v1/policies/:code', { config: { access: 'policies.manage' }, schema: { tags, summary: 'Create or replace a policy', params: code, body: PolicyInput } },
    async (request) => showPolicy(await db.transaction((tx) => savePolicy(tx, request.params.code, request.body, writeContextOf(principalOf(request), deps.clock)))));
  r.post('/api/v1/policies/:code/preview', {
    config: { access: 'ledger.read' },
    schema: { tags, summary: 'For a hypothetical invoice: on which dates and local times each step would happen', params: code, body: z.strictObject({ dueDate: isoDate, country: countryCode, timeZone, claimResponseDays: z.int().min(1).max(365).optional() }) },
  }, async (request) => previewPolicyFor(db, request.params.code, request.body));
  r.put('/api/v1/risk-classes/:riskClass/policy', {
    config: { access: 'policies.manage' },
    schema: { tags, summary: 'Which policy a risk class follows', params: z.strictObject({ riskClass: z.string().min(1).max(40) }), body: z.strictObject({ policyCode: z.string().min(1) }) },
  }, async (request) => db.transaction((tx) => assignRiskClassPolicy(tx, request.params.riskClass, request.body.policyCode, writeContextOf(principalOf(request), deps.clock))));

  const country = z.strictObject({ country: countryCode });
  r.get('/api/v1/calendars/:country', {
    config: { access: 'ledger.read' },
    schema: { tags: ['calendars'], summary: 'Working days of a month and the admin\'s exceptions', params: country, querystring: z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM') }) },
  }, async (request) => ({ days: await workingDays(db, request.params.country, request.query.month), exceptions: await listCalendarExceptions(db, request.params.country) }));
  r.post('/api/v1/calendars/:country/exceptions', {
    config: { access: 'policies.manage' },
    schema: { tags: ['calendars'], summary: 'Add or change a day off or a working weekend day', params: country, body: z.strictObject({ date: isoDate, kind: z.enum(['working', 'non_working']), note: z.string().max(200).optional() }) },
  }, async (request, reply) => reply.status(201).send(await db.transaction((tx) => addCalendarException(tx, request.params.country, request.body, writeContextOf(principalOf(request), deps.clock)))));
}
