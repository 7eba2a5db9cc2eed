// One fixed seed so CI replays the same inputs; FUZZ_SEED explores others
// (fast-check prints the seed and path of a failure, to replay it here) and
// FUZZ_RUNS scales every suite's run count (1 = as tuned, 10 = ten times more).

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got "${raw}"`);
  return value;
}

export const FUZZ_SEED = envNumber("FUZZ_SEED") ?? 20_260_504;
const scale = envNumber("FUZZ_RUNS") ?? 1;

/** The run count for one property, scaled by FUZZ_RUNS and never below one. */
export const runs = (tuned: number) => Math.max(1, Math.round(tuned * scale));

/** fast-check parameters for one property: the shared seed, the scaled run count. */
export const fuzzParams = (tuned: number) => ({ seed: FUZZ_SEED, numRuns: runs(tuned) });
