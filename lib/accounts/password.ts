import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

type Params = { N: number; r: number; p: number };
type Parsed = Params & { salt: Buffer; hash: Buffer };

// scrypt at the cost OWASP recommends (N=2^17, r=8, p=1). Each hash records
// its own parameters, "scrypt$N$r$p$salt$hash" (base64url), so the cost can be
// raised later: old hashes still verify, and needsRehash() says which to
// replace at the next successful sign-in.
const CURRENT = { N: 2 ** 17, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 64;

// scrypt needs about 128 * r * (N + p) bytes: 128 MiB at the current cost,
// and Node refuses more than 32 MiB unless told otherwise. This is also the
// ceiling for hashes read back, so raise it together with CURRENT.
const MAX_MEM = 256 * 1024 * 1024;
const memoryFor = ({ N, r, p }: Params) => 128 * r * (N + p + 2);

// Bounds on what a stored string may ask for, so a corrupt value cannot make
// verification allocate gigabytes or spin for minutes.
const LIMITS = { maxP: 4, minSaltBytes: 8, maxSaltBytes: 64, minKeyBytes: 16, maxKeyBytes: 128 };

function deriveKey(password: string, salt: Buffer, keyBytes: number, { N, r, p }: Params): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: MAX_MEM };
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function encode({ N, r, p, salt, hash }: Parsed): string {
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

const FORMAT = /^scrypt\$([1-9]\d{0,9})\$([1-9]\d{0,2})\$([1-9]\d{0,2})\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** Reads a stored hash; null when it is not one this module wrote (or could have written). */
function parse(stored: string): Parsed | null {
  const match = FORMAT.exec(stored);
  if (!match) return null;
  const [, n, r, p, salt64, hash64] = match;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const powerOfTwo = params.N >= 2 && (params.N & (params.N - 1)) === 0;
  if (!powerOfTwo || params.p > LIMITS.maxP || memoryFor(params) > MAX_MEM) return null;
  const salt = Buffer.from(salt64!, "base64url");
  const hash = Buffer.from(hash64!, "base64url");
  // Buffer.from() skips what it cannot decode: re-encoding catches that.
  if (salt.toString("base64url") !== salt64 || hash.toString("base64url") !== hash64) return null;
  if (salt.length < LIMITS.minSaltBytes || salt.length > LIMITS.maxSaltBytes) return null;
  if (hash.length < LIMITS.minKeyBytes || hash.length > LIMITS.maxKeyBytes) return null;
  return { ...params, salt, hash };
}

// The same password typed on two keyboards can arrive as different code
// points ("é" precomposed or not): NFKC makes them one (NIST SP 800-63B).
function normalize(password: string): string {
  return password.normalize("NFKC");
}

/** Hashes a new password with a fresh random salt at the current cost (about 0.3 s of CPU). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await deriveKey(normalize(password), salt, KEY_BYTES, CURRENT);
  return encode({ ...CURRENT, salt, hash });
}

/** True when the password matches the stored hash. A malformed stored value is false, never an exception. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  try {
    const candidate = await deriveKey(normalize(password), parsed.salt, parsed.hash.length, parsed);
    return timingSafeEqual(candidate, parsed.hash);
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters than today's: rehash it after a successful sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return true;
  return parsed.N !== CURRENT.N || parsed.r !== CURRENT.r || parsed.p !== CURRENT.p || parsed.salt.length !== SALT_BYTES || parsed.hash.length !== KEY_BYTES;
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as verifying a real hash, for sign-ins whose email has
 * no password (unknown account, OAuth-only): the answer's timing then does not
 * tell whether the account exists. The dummy hash is made once, on first use.
 */
export async function burnHashingTime(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url")).catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  await verifyPassword(password, await dummyHash);
}
