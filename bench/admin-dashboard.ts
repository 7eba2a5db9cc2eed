// npx tsx --conditions=react-server bench/admin-dashboard.ts FILE [--runs N] [--weeks N]
//
// How long the admin dashboard's data takes on a given database file (a
// migrated copy of data/bench.db, say): communityStats() and deliveryHealth()
// as /admin calls them, each timed over --runs runs (30 by default) after the
// first, which is reported apart (cold: statements prepared, pages read from
// disk). Only reads. Prints one JSON line:
// {"file":…,"runs":…,"weeks":…,"rows":{…},"firstMs":…,"communityStats":{"medianMs":…,"minMs":…,"maxMs":…},"deliveryHealth":{…},"total":{…}}
//
// --conditions=react-server makes the "server-only" marker package resolve to
// its empty server build, as in the app; plain Node would get the throwing one.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { communityStats } from "@/lib/admin/community-stats";
import { deliveryHealth } from "@/lib/email/delivery";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string", default: "30" }, weeks: { type: "string", default: "12" } },
});
const file = positionals[0];
if (!file || !existsSync(file)) {
  console.error("usage: npx tsx --conditions=react-server bench/admin-dashboard.ts FILE [--runs N] [--weeks N]");
  process.exit(2);
}
const RUNS = Number(values.runs);
const WEEKS = Number(values.weeks);

const db = openDatabase(file);
const actor = { role: "admin" as const };

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { medianMs: round(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2), minMs: round(s[0]!), maxMs: round(s[s.length - 1]!) };
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const rows = Object.fromEntries(
  ["users", "mentorship_requests", "mentorships", "forum_posts", "forum_flags", "emails"].map((table) => [table, db.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))!.n]),
);

const dashboard = () => {
  communityStats(db, { actor, weeks: WEEKS });
  deliveryHealth(db, { actor });
};
const firstMs = time(dashboard);
const community: number[] = [];
const delivery: number[] = [];
const total: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const a = time(() => communityStats(db, { actor, weeks: WEEKS }));
  const b = time(() => deliveryHealth(db, { actor }));
  community.push(a);
  delivery.push(b);
  total.push(a + b);
}

console.log(
  JSON.stringify({ file, runs: RUNS, weeks: WEEKS, rows, firstMs: Math.round(firstMs * 100) / 100, communityStats: stats(community), deliveryHealth: stats(delivery), total: stats(total) }),
);
db.$client.close();
