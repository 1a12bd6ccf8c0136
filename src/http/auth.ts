import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can, type Principal } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import { resolvePrincipal } from '../actions/resolve-principal.ts';
import type { AppDeps } from './context.ts';

export const SESSION_COOKIE = 'debitor_session';

/**
 * Every route declares `config.access`: 'public', 'authenticated', or a permission. A caller proves who
 * they are with a bearer API token or the session cookie; a missing permission is 403, no identity 401.
 */
export function installAuth(app: FastifyInstance, deps: AppDeps) {
  // onRequest: identity and permission are checked before the body is even parsed.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    const url = request.routeOptions.url ?? '';
    // Every API route declares its rule; pages outside /api/v1 (the API docs) are public unless they say.
    if (access === 'public' || (!access && !url.startsWith('/api/v1/'))) return;
    if (!access) throw new Error(`route ${url} declares no access rule`);
    const principal = await identify(request, deps);
    if (!principal) throw new DomainError('unauthenticated', 'sign in, or send an API token as "Authorization: Bearer …"');
    request.principal = principal;
    if (access !== 'authenticated' && !can(principal, access)) {
      throw new DomainError('forbidden', `your role (${principal.role}) may not do this (${access})`);
    }
  });
}

async function identify(request: FastifyRequest, deps: AppDeps): Promise<Principal | undefined> {
  const header = request.headers.authorization;
  const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  const session = request.cookies[SESSION_COOKIE];
  return resolvePrincipal(deps.database.db, { bearer, session }, deps.clock());
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new DomainError('unauthenticated', 'not signed in');
  return request.principal;
}
