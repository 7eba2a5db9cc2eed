// Seeded randomness shared by the generators in db/seed (community.ts,
// forum.ts): same seed, same numbers, on every machine.

export type Rng = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for fake data, not for secrets. */
export function mulberry32(state: number): Rng {
  let a = state | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One independent stream per (seed, salt, index), by murmur3's finalizer:
 * item i of a generator draws from its own stream, so it is the same
 * whatever the counts asked for.
 */
export function streamRng(seed: number, salt: number, index: number): Rng {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt, 0x27d4eb2f) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return mulberry32(h);
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** A whole number from `min` to `max`, both included. */
export const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** A picker over items with weights, by cumulative sums and a binary search. */
export function weighted<T extends { weight: number }>(entries: readonly T[]): (rng: Rng) => T {
  const sums: number[] = [];
  let total = 0;
  for (const e of entries) sums.push((total += e.weight));
  return (rng) => {
    const x = rng() * total;
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sums[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return entries[lo]!;
  };
}
