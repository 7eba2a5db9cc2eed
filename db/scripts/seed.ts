// npm run db:seed   Idempotent: a second run changes nothing.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "../client";
import { migrateDatabase } from "../migrate";
import { importArticles } from "@/lib/articles/import/import-articles";
import { getEnv } from "@/lib/env";
import { reportImport } from "./report-import";

const seedDir = path.join(process.cwd(), "db/seed");
const db = getDb();
migrateDatabase(db);

const files = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
console.log(`Seeding ${getEnv().DATABASE_PATH} with ${files.length} articles from db/seed/:`);
reportImport(importArticles(db, files.map((f) => ({ file: f, content: readFileSync(path.join(seedDir, f)) }))));
