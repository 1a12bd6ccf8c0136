import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig } from '../config.ts';
import { openLedger } from '../main.ts';
import type { Database } from '../store/db.ts';

export type Command = { name: string; summary: string; help: string; run(argv: string[]): Promise<number> };

/** Exits with a clear message (and a non-zero code) for bad arguments. */
export class UsageError extends Error {}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function required(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${name} is required`);
  return v;
}

/** Opens the configured database (migrating it), runs `fn`, and closes it whatever happens. */
export async function withLedger<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openLedger(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

export const CLI_ACTOR = { actor: 'cli', now: () => new Date() };
