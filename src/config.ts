import { resolve } from 'node:path';
import { z } from 'zod';

/** The environment, parsed once at start. Every setting has a default that works on a laptop. */
const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  DEBITOR_DATA_DIR: z.string().default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DEBITOR_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  DEBITOR_LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  DEBITOR_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  DEBITOR_SCHEDULER: z.enum(['on', 'off']).default('on'),
  DEBITOR_DAILY_RUN_AT: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM').default('06:00'),
  DEBITOR_TIME_ZONE: z.string().refine((tz) => { try { new Intl.DateTimeFormat('en', { timeZone: tz }); return true; } catch { return false; } }, 'must be an IANA time zone').default('Europe/Moscow'),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  secureCookies: boolean;
  loginAttemptsPerMinute: number;
  logLevel: string;
  /** The daily run of the pressure scale: on or off, at what local time, in which time zone. */
  scheduler: { enabled: boolean; runAt: string; timeZone: string };
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Bad configuration in the environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.DEBITOR_DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    secureCookies: e.DEBITOR_SECURE_COOKIES === 'true',
    loginAttemptsPerMinute: e.DEBITOR_LOGIN_ATTEMPTS_PER_MINUTE,
    logLevel: e.DEBITOR_LOG_LEVEL,
    scheduler: { enabled: e.DEBITOR_SCHEDULER === 'on', runAt: e.DEBITOR_DAILY_RUN_AT, timeZone: e.DEBITOR_TIME_ZONE },
  };
}
