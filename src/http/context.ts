import type { Principal, Permission } from '../domain/access.ts';
import type { Database } from '../store/db.ts';
import type { Config } from '../config.ts';

/** What every route gets: the database, the configuration and the injected clock. */
export type AppDeps = { database: Database; config: Config; clock: () => Date };

export type Access = Permission | 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Who writes and when: every audited write takes this. */
export function writeContextOf(principal: Principal, clock: () => Date) {
  return { actor: `${principal.via}:${principal.userId}`, at: clock() };
}
