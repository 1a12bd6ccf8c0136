import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createApiToken } from '../../src/actions/create-api-token.ts';
import { createUser } from '../../src/actions/create-user.ts';
import type { Config } from '../../src/config.ts';
import type { Role } from '../../src/domain/access.ts';
import { buildApp } from '../../src/http/app.ts';
import { freshDatabase, type TestDatabase } from './test-db.ts';

export const testConfig: Config = {
  databaseUrl: undefined, dataDir: '', port: 0, host: '127.0.0.1', secureCookies: false, loginAttemptsPerMinute: 5, logLevel: 'silent',
  scheduler: { enabled: false, runAt: '06:00', timeZone: 'Europe/Moscow' },
};

/** A settable clock for tests: the app never reads the system time. */
export function fixedClock(iso: string) {
  let now = new Date(iso);
  const clock = () => new Date(now);
  clock.set = (next: string) => { now = new Date(next); };
  return clock;
}

export type TestUser = { id: string; email: string; role: Role; token: string; password: string };
export type TestApp = {
  app: FastifyInstance; database: TestDatabase; clock: ReturnType<typeof fixedClock>;
  users: Record<Role, TestUser>;
  as(user: TestUser | Role, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

/** Boots the real app on a fresh database, with one user and API token per role. */
export async function bootApp(now = '2025-11-10T09:00:00Z'): Promise<TestApp> {
  const database = await freshDatabase();
  const clock = fixedClock(now);
  const app = await buildApp({ database, config: testConfig, clock });
  const users = {} as Record<Role, TestUser>;
  for (const role of ['admin', 'manager', 'collector', 'viewer'] as const) {
    const email = `${role}@example.test`;
    const password = `${role}-password-123`;
    const { user } = await createUser(database.db, { email, name: `Test ${role}`, role, password }, { actor: 'test', at: clock() });
    const { secret } = await createApiToken(database.db, email, `${role} token`, { actor: 'test', at: clock() });
    users[role] = { id: user.id, email, role, token: secret, password };
  }
  return {
    app, database, clock, users,
    as(user, options) {
      const u = typeof user === 'string' ? users[user] : user;
      return app.inject({ ...options, headers: { ...options.headers, authorization: `Bearer ${u.token}` } });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
