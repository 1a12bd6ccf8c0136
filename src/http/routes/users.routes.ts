import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../domain/access.ts';
import { createUser, NewUser } from '../../actions/create-user.ts';
import { findUsers } from '../../actions/find-users.ts';
import { updateUser, UserPatch } from '../../actions/update-user.ts';
import { principalOf } from '../auth.ts';
import type { AppDeps } from '../context.ts';
import { idParams } from '../query.ts';
import { present } from '../present.ts';

export function userRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  r.get('/api/v1/users', { config: { access: 'users.manage' }, schema: { tags, summary: 'List users' } }, async () => {
    return { items: (await findUsers(deps.database.db)).map((u) => present(u, undefined)) };
  });
  r.post('/api/v1/users', { config: { access: 'users.manage' }, schema: { tags, summary: 'Create a user (a one-time password is returned when none is given)', body: NewUser } }, async (request, reply) => {
    const ctx = { actor: actorOf(principalOf(request)), at: deps.clock() };
    const created = await deps.database.db.transaction((tx) => createUser(tx, request.body, ctx));
    return reply.status(201).send(created);
  });
  r.patch('/api/v1/users/:id', { config: { access: 'users.manage' }, schema: { tags, summary: 'Change a user\'s name or role, or disable the user', params: idParams, body: UserPatch } }, async (request) => {
    const ctx = { actor: actorOf(principalOf(request)), at: deps.clock() };
    return deps.database.db.transaction((tx) => updateUser(tx, request.params.id, request.body, ctx));
  });
}
