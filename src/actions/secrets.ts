import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DomainError } from '../domain/errors.ts';

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;
// scrypt parameters (N=2^15, r=8, p=1): ~50 ms per hash on this machine's class of CPU.
const PARAMS = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** Stored as `scrypt$N$r$p$salt$hash` (base64url) so the parameters can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n), r: Number(r), p: Number(p), maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/** A random secret for sessions, API tokens and one-time passwords; only its SHA-256 is stored. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(24).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Secrets Debitor must use again, such as a company's SMTP password (a login password is only hashed),
 * are sealed with AES-256-GCM under a key kept beside the data, `<dataDir>/secret.key`, made on first
 * use and readable by its owner only: a database dump alone does not reveal them. Processes that share
 * one PostgreSQL database need the same key file in their data folders.
 */
export function dataKey(dataDir: string): Buffer {
  const file = join(dataDir, 'secret.key');
  try {
    return keyOf(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process made it first
  }
  return keyOf(readFileSync(file, 'utf8'));
}

function keyOf(text: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64url');
  if (key.length !== 32) throw new Error('secret.key must hold 32 random bytes in base64url');
  return key;
}

/** `aes256gcm$iv$tag$ciphertext` (base64url). */
export function sealSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['aes256gcm', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('$');
}

export function openSecret(sealed: string, key: Buffer): string {
  const [kind, iv, tag, data] = sealed.split('$');
  if (kind !== 'aes256gcm' || !iv || !tag || data === undefined) throw new DomainError('conflict', 'a stored secret is not sealed: enter it again');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new DomainError('conflict', 'a stored secret does not open with this data folder\'s secret.key: copy the key used to seal it, or enter the secret again');
  }
}
