import type * as Crypto from "node:crypto";

/**
 * node:crypto with scrypt capped at N=2^10, for vi.mock("node:crypto"). The
 * production cost (N=2^17: 128 MB and about 0.4 s a hash, more on a busy
 * machine) is a property of the deployment, not of who may do what, and the
 * matrix hashes on every allowed cell of sign-up, password change and reset.
 * lib/accounts/password runs unchanged (its format, its checks): hashing and
 * verifying both go through the capped scrypt, so they agree.
 */
export function cheapScrypt(real: typeof Crypto): typeof Crypto {
  const cap = <T extends Crypto.ScryptOptions>(options: T): T => ({ ...options, N: Math.min(options.N ?? options.cost ?? 2 ** 14, 2 ** 10), cost: undefined });
  const scrypt = ((password: Crypto.BinaryLike, salt: Crypto.BinaryLike, keylen: number, options: Crypto.ScryptOptions | ((error: Error | null, key: Buffer) => void), callback?: (error: Error | null, key: Buffer) => void) =>
    typeof options === "function" ? real.scrypt(password, salt, keylen, cap({}), options) : real.scrypt(password, salt, keylen, cap(options), callback!)) as typeof real.scrypt;
  return { ...real, scrypt, default: { ...real, scrypt } } as typeof Crypto;
}
