// npm run db:seed [-- --mentors N --learners M --threads T --posts P --seed S]
// Idempotent: a second run with the same flags changes nothing; asking for
// more members or threads later adds just the missing ones. See
// db/seed/seed-args.ts, db/seed/insert-forum.ts and db/seed/insert-activity.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "../client";
import { migrateDatabase } from "../migrate";
import { hashPassword } from "@/lib/accounts/password";
import { createUser, emailTaken } from "@/lib/accounts/users";
import { importArticles } from "@/lib/articles/import/import-articles";
import { profiles } from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../seed/demo-accounts";
import { DEMO_PROFILES } from "../seed/demo-profiles";
import { generateCommunity } from "../seed/community";
import { insertCommunity, missingMembers } from "../seed/insert-community";
import { insertActivity } from "../seed/insert-activity";
import { insertForum } from "../seed/insert-forum";
import { parseSeedArgs, SEED_USAGE } from "../seed/seed-args";
import { getEnv } from "@/lib/env";
import { reportImport } from "./report-import";

// Flags first: a bad value stops the script before the database is opened.
const args = parseSeedArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(`db:seed: ${args.error}\n${SEED_USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(SEED_USAGE);
  process.exit(0);
}

/** Seconds since `from`, for the line each phase prints. */
const since = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

const seedDir = path.join(process.cwd(), "db/seed");
const db = getDb();
migrateDatabase(db);

const articlesStarted = performance.now();
const files = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
console.log(`Seeding ${getEnv().DATABASE_PATH} with ${files.length} articles from db/seed/:`);
reportImport(importArticles(db, files.map((f) => ({ file: f, content: readFileSync(path.join(seedDir, f)) }))));
console.log(`Articles: done (${since(articlesStarted)}).`);

// Demo accounts are created once, the learner and mentor with a profile;
// an existing account is left as it is.
const demoStarted = performance.now();
let created = 0;
for (const account of DEMO_ACCOUNTS) {
  if (emailTaken(db, { email: account.email })) continue;
  const user = await createUser(db, { ...account, password: DEMO_PASSWORD });
  const profile = DEMO_PROFILES[account.email];
  if (profile) db.insert(profiles).values({ ...profile, userId: user.id }).run();
  created++;
}
console.log(`Demo accounts: ${created} created, ${DEMO_ACCOUNTS.length - created} already there (password: ${DEMO_PASSWORD}; ${since(demoStarted)}).`);

// Community: mentors and learners made up by db/seed/community.ts (40 and 60
// unless the flags say otherwise), so browsing feels real and benchmarks
// have volume. A member whose email exists is left as it is; the rest are
// written in one transaction, each with a profile row.
const started = performance.now();
const seconds = () => since(started);
const community = generateCommunity(args.community);
const newMembers = missingMembers(db, community);
console.log(`Community: ${community.length} members generated, ${newMembers.length} to create (${seconds()}).`);
// scrypt costs about 0.4 s a hash, so the demo password is hashed ONCE per
// run and that one hash string is stored for every generated member: each
// can sign in with DEMO_PASSWORD. (Hashing is async, hence before the
// synchronous transaction; skipped when there is nobody to create.)
const communityCreated = newMembers.length ? insertCommunity(db, newMembers, await hashPassword(DEMO_PASSWORD)) : 0;
console.log(`Community: ${communityCreated} created, ${community.length - communityCreated} already there (${seconds()}).`);

// Forum: threads and posts made up by db/seed/forum.ts (30 threads and 150
// posts unless the flags say otherwise), written after the community because
// its members are the authors. The forum is topped up to the counts asked
// for, counting the threads and posts already there: a second run adds
// nothing (rule in db/seed/insert-forum.ts).
const forumStarted = performance.now();
const forum = insertForum(db, { ...args.forum, seed: args.community.seed });
const benchmarkNote = forum.benchmark ? ", including the 200-post benchmark thread" : "";
console.log(
  forum.added.threads
    ? `Forum: ${forum.added.threads} threads and ${forum.added.posts} posts created${benchmarkNote}, ${forum.before.threads} threads and ${forum.before.posts} posts already there (${since(forumStarted)}).`
    : `Forum: ${forum.before.threads} threads and ${forum.before.posts} posts already there, ${args.forum.threads} asked for: nothing to add (${since(forumStarted)}).`,
);

// Past activity: mentorship requests over the last 16 weeks (one per two
// generated learners), the mentorships they led to, and resolved flags on
// about 0.3% of the posts, made up by db/seed/activity.ts so the admin
// dashboard has weeks to chart. All of it is over: no request is open, no
// mentorship active, no flag waiting, so every member is free to act. Topped
// up to those counts like the forum (rule in db/seed/insert-activity.ts).
const activityStarted = performance.now();
const activity = insertActivity(db, { seed: args.community.seed });
console.log(
  activity.added.requests || activity.added.flags
    ? `Activity: ${activity.added.requests} closed requests (${activity.added.mentorships} ended mentorships) and ${activity.added.flags} resolved flags created, ${activity.before.requests} requests and ${activity.before.flags} flags already there (${since(activityStarted)}).`
    : `Activity: ${activity.before.requests} requests and ${activity.before.flags} flags already there, ${activity.target.requests} and ${activity.target.flags} asked for: nothing to add (${since(activityStarted)}).`,
);
