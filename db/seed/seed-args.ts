import { parseArgs } from "node:util";
import type { CommunityOptions } from "./community";

// Command-line flags of `npm run db:seed` (db/scripts/seed.ts), parsed apart
// from the script so they can be tested without touching a database.

export const MAX_MEMBERS = 200_000;
export const MAX_SEED = 2 ** 31 - 1;

export const SEED_USAGE = `Usage: npm run db:seed [-- [--mentors N] [--learners M] [--seed S]]
  --mentors N   generated mentors, 0 to ${MAX_MEMBERS.toLocaleString("en")} (default 40)
  --learners M  generated learners, 0 to ${MAX_MEMBERS.toLocaleString("en")} (default 60)
  --seed S      random seed of the generated community, 0 to ${MAX_SEED} (default 42)
Members are member-1@example.com, member-2@example.com…, mentors first; existing ones are left as they are.`;

export type SeedArgs = { ok: true; help: boolean; community: CommunityOptions } | { ok: false; error: string };

const FLAGS = { mentors: MAX_MEMBERS, learners: MAX_MEMBERS, seed: MAX_SEED } as const;

/** `argv` without node and the script (process.argv.slice(2)). Flags left out are left to generateCommunity's defaults. */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { mentors: { type: "string" }, learners: { type: "string" }, seed: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const community: CommunityOptions = {};
  for (const [name, max] of Object.entries(FLAGS) as [keyof typeof FLAGS, number][]) {
    const raw = values[name];
    if (typeof raw !== "string") continue;
    // Digits only: no "1e4", "10_000", "-1", "2.5" or "" slipping through Number().
    const n = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
    if (!(n <= max)) return { ok: false, error: `--${name} must be a whole number from 0 to ${max}, not "${raw}".` };
    community[name] = n;
  }
  return { ok: true, help: values.help === true, community };
}
