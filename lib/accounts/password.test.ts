import { scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { burnHashingTime, hashPassword, needsRehash, verifyPassword } from "./password";

// Each hash or verification at the real cost takes a few hundred milliseconds:
// the tests share hashes and stay few.
describe("password hashing", { timeout: 30_000 }, () => {
  const password = "correct horse battery staple";

  it("verifies the right password, refuses a wrong one, and salts every hash", async () => {
    const [first, second] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(first).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    expect(second).not.toBe(first);

    const [right, wrong, other] = await Promise.all([
      verifyPassword(password, first),
      verifyPassword("correct horse battery stapl", first),
      verifyPassword(password, second),
    ]);
    expect(right).toBe(true);
    expect(wrong).toBe(false);
    expect(other).toBe(true);
    expect(needsRehash(first)).toBe(false);
  });

  it("reads the cost from the stored string, and flags an older cost for rehashing", async () => {
    const salt = Buffer.from("0123456789abcdef");
    const hash = scryptSync(password, salt, 64, { N: 2 ** 14, r: 8, p: 1 });
    const cheaper = `scrypt$16384$8$1$${salt.toString("base64url")}$${hash.toString("base64url")}`;

    expect(await verifyPassword(password, cheaper)).toBe(true);
    expect(await verifyPassword("something else entirely", cheaper)).toBe(false);
    expect(needsRehash(cheaper)).toBe(true);
    // The same hash under the wrong cost does not verify: the parameters are used.
    expect(await verifyPassword(password, cheaper.replace("$8$", "$4$"))).toBe(false);
  });

  it("answers false, without throwing, for malformed stored values", async () => {
    const salt = Buffer.alloc(16, 1).toString("base64url");
    const key = Buffer.alloc(64, 2).toString("base64url");
    const malformed = [
      "",
      "not a hash",
      `$2b$12$${salt}${key}`, // bcrypt-looking
      `scrypt$16384$8$1$${salt}`, // no key
      `scrypt$16384$8$1$${salt}$${key}$extra`,
      `scrypt$16384$8$1$$${key}`, // empty salt
      `scrypt$abc$8$1$${salt}$${key}`,
      `scrypt$1000$8$1$${salt}$${key}`, // N not a power of two
      `scrypt$0$8$1$${salt}$${key}`,
      `scrypt$1073741824$8$1$${salt}$${key}`, // would need 1 TiB
      `scrypt$16384$8$99$${salt}$${key}`, // p out of bounds
      `scrypt$65536$1$1$${salt}$${key}`, // N too large for r=1: scrypt itself refuses
      `scrypt$16384$8$1$${salt}$${key}=`, // padding is not base64url
      `scrypt$16384$8$1$${salt}$${key.slice(0, 10)}`, // key too short
      `scrypt$16384$8$1$${salt}$!!!${key}`,
    ];
    for (const stored of malformed) {
      await expect(verifyPassword("anything", stored), stored).resolves.toBe(false);
      expect(needsRehash(stored), stored).toBe(true);
    }
  });

  it("burns about as much time as a real verification when there is no hash to check", async () => {
    const stored = await hashPassword(password);
    await burnHashingTime("warm-up"); // the first call also makes the dummy hash

    const time = async (run: () => Promise<unknown>) => {
      const start = performance.now();
      await run();
      return performance.now() - start;
    };
    const real = await time(() => verifyPassword("a wrong password", stored));
    const burned = await time(() => burnHashingTime("a wrong password"));
    // Generous bounds: the point is the same order of cost, not a benchmark.
    expect(burned).toBeGreaterThan(real * 0.5);
    expect(burned).toBeLessThan(real * 2);
  });
});

describe("normalization", () => {
  it("accepts the same password whatever its Unicode composition", async () => {
    const composed = "caf\u00e9 au lait s'il vous plait";
    const decomposed = "cafe\u0301 au lait s'il vous plait";
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });
});
