import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { installAuth } from './auth.ts';
import type { Access, AppDeps } from './context.ts';
import { sendError } from './errors.ts';
import { installIdempotency } from './idempotency.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { collectionRoutes } from './routes/collection.routes.ts';
import { messageRoutes } from './routes/messages.routes.ts';
import { policyRoutes } from './routes/policies.routes.ts';
import { companyRoutes } from './routes/companies.routes.ts';
import { contactRoutes } from './routes/contacts.routes.ts';
import { contractRoutes } from './routes/contracts.routes.ts';
import { creditRoutes } from './routes/credits.routes.ts';
import { customerRoutes } from './routes/customers.routes.ts';
import { disputeRoutes } from './routes/disputes.routes.ts';
import { documentRoutes } from './routes/documents.routes.ts';
import { importRoutes } from './routes/imports.routes.ts';
import { invoiceRoutes } from './routes/invoices.routes.ts';
import { reportRoutes } from './routes/reports.routes.ts';
import { userRoutes } from './routes/users.routes.ts';
import { dashboardRoutes } from './routes/dashboard.routes.ts';
import { workspaceRoutes } from './routes/workspace.routes.ts';
import { webAppRoutes } from './web-app.ts';

export type RouteEntry = { method: string; url: string; access: Access | undefined };
declare module 'fastify' {
  interface FastifyInstance {
    routeList: RouteEntry[];
  }
}

/** The HTTP server: REST JSON under /api/v1, the OpenAPI document at /api/openapi.json, docs at /api/docs. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.config.logLevel === 'silent' ? false : { level: deps.config.logLevel },
    bodyLimit: 50 * 1024 * 1024, // imports arrive as files
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: `no route ${request.method} ${request.url}` } }));

  const routeList: RouteEntry[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (route.url.startsWith('/api/v1/')) routeList.push({ method, url: route.url, access: route.config?.access });
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Debitor API', version: '1', description: 'Accounts receivable and collections. Money is a decimal string beside its ISO 4217 currency.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'debitor_session' } } },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['meta'], summary: 'Liveness' } }, async () => ({ ok: true }));

  installAuth(app, deps);
  installIdempotency(app, deps);
  for (const routes of [authRoutes, userRoutes, companyRoutes, customerRoutes, contactRoutes, contractRoutes,
    invoiceRoutes, creditRoutes, disputeRoutes, reportRoutes, importRoutes, collectionRoutes, policyRoutes, messageRoutes, documentRoutes,
    workspaceRoutes, dashboardRoutes]) {
    routes(app, deps);
  }
  webAppRoutes(app);
  return app;
}
