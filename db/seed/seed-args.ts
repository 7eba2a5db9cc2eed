import { parseArgs } from "node:util";
import type { CommunityOptions } from "./community";

// Command-line flags of `npm run db:seed` (db/scripts/seed.ts), parsed apart
// from the script so they can be tested without touching a database.

export const MAX_MEMBERS = 200_000;
export const MAX_SEED = 2 ** 31 - 1;
export const MAX_THREADS = 50_000;
export const MAX_POSTS = 1_000_000;
export const DEFAULT_THREADS = 30;
/** Without --posts: this many posts a thread (opening post included). */
export const DEFAULT_POSTS_PER_THREAD = 5;

export const SEED_USAGE = `Usage: npm run db:seed [-- [--mentors N] [--learners M] [--threads T] [--posts P] [--seed S]]
  --mentors N   generated mentors, 0 to ${MAX_MEMBERS.toLocaleString("en")} (default 40)
  --learners M  generated learners, 0 to ${MAX_MEMBERS.toLocaleString("en")} (default 60)
  --threads T   forum threads, 0 to ${MAX_THREADS.toLocaleString("en")} (default ${DEFAULT_THREADS})
  --posts P     forum posts in all, opening posts included, T to ${MAX_POSTS.toLocaleString("en")} (default ${DEFAULT_POSTS_PER_THREAD} × T)
  --seed S      random seed of the generated community and forum, 0 to ${MAX_SEED} (default 42)
Members are member-1@example.com, member-2@example.com…, mentors first; existing ones are left as they are.
The forum is topped up to T threads and P posts, counting those already there: a second run adds nothing.
Past activity is topped up the same way: one closed request per two generated learners, flags on about 0.3% of the posts.`;

export type ForumCounts = { threads: number; posts: number };
export type SeedArgs = { ok: true; help: boolean; community: CommunityOptions; forum: ForumCounts } | { ok: false; error: string };

const FLAGS = { mentors: MAX_MEMBERS, learners: MAX_MEMBERS, threads: MAX_THREADS, posts: MAX_POSTS, seed: MAX_SEED } as const;

/**
 * `argv` without node and the script (process.argv.slice(2)). Community flags
 * left out are left to generateCommunity's defaults; the forum's counts come
 * resolved (30 threads, 5 posts a thread unless told otherwise).
 */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        mentors: { type: "string" },
        learners: { type: "string" },
        threads: { type: "string" },
        posts: { type: "string" },
        seed: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const numbers: Partial<Record<keyof typeof FLAGS, number>> = {};
  for (const [name, max] of Object.entries(FLAGS) as [keyof typeof FLAGS, number][]) {
    const raw = values[name];
    if (typeof raw !== "string") continue;
    // Digits only: no "1e4", "10_000", "-1", "2.5" or "" slipping through Number().
    const n = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
    if (!(n <= max)) return { ok: false, error: `--${name} must be a whole number from 0 to ${max}, not "${raw}".` };
    numbers[name] = n;
  }
  const { threads = DEFAULT_THREADS, posts: postsFlag, ...community } = numbers;
  // Every thread has its opening post, so posts ≥ threads; no threads, no posts.
  const posts = postsFlag ?? Math.min(MAX_POSTS, threads * DEFAULT_POSTS_PER_THREAD);
  if (posts < threads) return { ok: false, error: `--posts must be at least --threads (${threads}): every thread has its opening post, and ${posts} cannot fill ${threads}.` };
  if (threads === 0 && posts > 0) return { ok: false, error: `--posts ${posts} needs threads to go in: give --threads too, or --posts 0.` };
  return { ok: true, help: values.help === true, community, forum: { threads, posts } };
}
