// npm run db:seed   Idempotent: a second run changes nothing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "../client";
import { migrateDatabase } from "../migrate";
import { createUser, emailTaken } from "@/lib/accounts/users";
import { importArticles } from "@/lib/articles/import/import-articles";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../seed/demo-accounts";
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
