// npm run db:seed   Idempotent: a second run changes nothing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getDb, type Db } from "../client";
import { migrateDatabase } from "../migrate";
import { profiles, users } from "../schema";
import { freeHandle } from "@/lib/accounts/handles";
import { hashPassword } from "@/lib/accounts/password";
import { createUser, emailTaken } from "@/lib/accounts/users";
import { importArticles } from "@/lib/articles/import/import-articles";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../seed/demo-accounts";
import { generateCommunity } from "../seed/community";
import { getEnv } from "@/lib/env";
import { reportImport } from "./report-import";

const seedDir = path.join(process.cwd(), "db/seed");
const db = getDb();
migrateDatabase(db);

const files = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
console.log(`Seeding ${getEnv().DATABASE_PATH} with ${files.length} articles from db/seed/:`);
reportImport(importArticles(db, files.map((f) => ({ file: f, content: readFileSync(path.join(seedDir, f)) }))));

// Demo accounts are created once; an existing account is left as it is.
let created = 0;
for (const account of DEMO_ACCOUNTS) {
  if (emailTaken(db, { email: account.email })) continue;
  await createUser(db, { ...account, password: DEMO_PASSWORD });
  created++;
}
console.log(`Demo accounts: ${created} created, ${DEMO_ACCOUNTS.length - created} already there (password: ${DEMO_PASSWORD}).`);

// Community: 40 mentors and 60 learners made up by db/seed/community.ts, so
// browsing feels real. A member whose email exists is left as it is; the rest
// are written in one transaction, each with a profile row.
const community = generateCommunity();
const newMembers = community.filter((m) => !emailTaken(db, { email: m.email }));
// scrypt costs about 0.4 s a hash, so the demo password is hashed ONCE per
// run and that one hash string is stored for every generated member: each
// can sign in with DEMO_PASSWORD. (Hashing is async, hence before the
// synchronous transaction; skipped when there is nobody to create.)
const memberHash = newMembers.length ? await hashPassword(DEMO_PASSWORD) : null;
const communityCreated = db.transaction((tx) => {
  let n = 0;
  for (const { email, displayName, role, profile } of newMembers) {
    if (emailTaken(tx as unknown as Db, { email })) continue;
    const handle = freeHandle(tx as unknown as Db, displayName);
    const { id } = tx.insert(users).values({ email, passwordHash: memberHash, displayName, handle, role }).returning({ id: users.id }).get();
    tx.insert(profiles).values({ userId: id, ...profile }).run();
    n++;
  }
  return n;
});
console.log(`Community: ${communityCreated} created, ${community.length - communityCreated} already there.`);
