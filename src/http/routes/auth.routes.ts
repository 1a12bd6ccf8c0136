import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { logIn, SESSION_HOURS } from '../../actions/log-in.ts';
import { logOut } from '../../actions/log-out.ts';
import { changePassword } from '../../actions/change-password.ts';
import { MySettings, mySettings, updateMySettings } from '../../actions/update-my-settings.ts';
import { principalOf, SESSION_COOKIE } from '../auth.ts';
import { writeContextOf, type AppDeps } from '../context.ts';

export function authRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/v1/auth/login', {
    config: {
      access: 'public',
      // Login rate limiting: a few attempts per minute per address and e-mail.
      rateLimit: { hook: 'preHandler', max: deps.config.loginAttemptsPerMinute, timeWindow: 60_000, keyGenerator: (req) => `${req.ip}|${String((req.body as { email?: string } | undefined)?.email ?? '').toLowerCase()}` },
    },
    schema: { tags: ['auth'], summary: 'Sign in with e-mail and password; sets the session cookie', body: z.strictObject({ email: z.string().min(1), password: z.string().min(1) }) },
  }, async (request, reply) => {
    const session = await logIn(deps.database.db, request.body.email, request.body.password, deps.clock());
    reply.setCookie(SESSION_COOKIE, session.secret, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: deps.config.secureCookies, maxAge: SESSION_HOURS * 3600,
    });
    return { user: session.user, expiresAt: session.expiresAt };
  });

  r.post('/api/v1/auth/logout', { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'Sign out' } }, async (request, reply) => {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) await logOut(deps.database.db, secret);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  r.get('/api/v1/auth/me', { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'Who am I, with my interface language and time zone' } },
    async (request) => mySettings(deps.database.db, principalOf(request)));
  r.patch('/api/v1/auth/me', {
    config: { access: 'authenticated' },
    schema: { tags: ['auth'], summary: 'Set my interface language (ru, uk, bg, en) and my time zone', body: MySettings },
  }, async (request) => {
    const principal = principalOf(request);
    const me = await deps.database.db.transaction((tx) => updateMySettings(tx, principal, request.body, writeContextOf(principal, deps.clock)));
    return { ...me, via: principal.via };
  });

  r.post('/api/v1/auth/password', {
    config: { access: 'authenticated' },
    schema: { tags: ['auth'], summary: 'Change my password', body: z.strictObject({ currentPassword: z.string().min(1), newPassword: z.string().min(12, 'at least 12 characters') }) },
  }, async (request) => {
    const principal = principalOf(request);
    await deps.database.db.transaction((tx) => changePassword(tx, principal.userId, request.body.currentPassword, request.body.newPassword, writeContextOf(principal, deps.clock)));
    return { ok: true };
  });
}
