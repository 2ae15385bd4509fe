/**
 * Dashboard passwords, hashed with scrypt (RFC 7914) from node:crypto: only the hash is stored, in the form
 * `scrypt$<N>$<r>$<p>$<salt, base64>$<key, base64>`, so that the cost can be raised later without breaking stored hashes.
 * The comparison is constant-time (`timingSafeEqual`), and an unknown account is checked against a decoy hash so that
 * the answer takes as long whether the email exists or not.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** N = 2^14, r = 8, p = 1: the interactive-login parameters of the scrypt paper (Node's defaults), 16 MB per hash. */
const COST = { N: 2 ** 14, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const MAX_MEM = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem: MAX_MEM }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** A new hash of `password` with a random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash {
  options: ScryptOptions;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return null;
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (![options.N, options.r, options.p].every((value) => Number.isInteger(value) && value > 0)) return null;
  return { options, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/** A hash no password matches (its key is random): what an unknown email is checked against. */
const DECOY: ParsedHash = { options: COST, salt: randomBytes(SALT_BYTES), key: randomBytes(KEY_BYTES) };

/**
 * Whether `password` matches `stored` (a hash made by `hashPassword`). `stored` null (no such account) costs the same
 * work and answers false. A malformed stored hash answers false.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored === null ? null : parseHash(stored);
  const target = parsed ?? DECOY;
  const key = await derive(password, target.salt, target.options);
  return parsed !== null && key.length === target.key.length && timingSafeEqual(key, target.key);
}
