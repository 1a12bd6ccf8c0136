import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Role } from '../domain/access.ts';
import { apiTokens, sessions, users } from './schema.ts';
import type { DbOrTx } from './db.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return row;
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function listUsers(db: DbOrTx): Promise<UserRow[]> {
  return db.select().from(users).orderBy(users.email);
}

export async function insertSession(db: DbOrTx, tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export type PrincipalRow = { userId: string; role: Role; name: string };

export async function findSessionUser(db: DbOrTx, tokenHash: string, now: Date): Promise<PrincipalRow | undefined> {
  const [row] = await db
    .select({ userId: users.id, role: users.role, name: users.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .limit(1);
  return row;
}

export async function findTokenUser(db: DbOrTx, tokenHash: string): Promise<PrincipalRow | undefined> {
  const [row] = await db
    .select({ userId: users.id, role: users.role, name: users.name })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), isNull(users.disabledAt)))
    .limit(1);
  return row;
}

export async function insertApiToken(db: DbOrTx, userId: string, name: string, tokenHash: string, at: Date) {
  const [row] = await db.insert(apiTokens).values({ userId, name, tokenHash, createdAt: at }).returning();
  return row!;
}

export async function listApiTokens(db: DbOrTx) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, userEmail: users.email, createdAt: apiTokens.createdAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(apiTokens.createdAt);
}

export async function revokeApiToken(db: DbOrTx, id: string, at: Date): Promise<boolean> {
  const rows = await db.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).returning();
  return rows.length > 0;
}
