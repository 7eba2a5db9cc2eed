// npm run db:import -- FILE...   Imports or updates articles from source files.
import { readFileSync } from "node:fs";
import { getDb } from "../client";
import { migrateDatabase } from "../migrate";
import { importArticles, ImportFailed } from "@/lib/articles/import/import-articles";
import { notifyContentChanged } from "@/lib/content-refresh/notify";
import { getEnv } from "@/lib/env";
import { reportImport } from "./report-import";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("Usage: npm run db:import -- FILE...");
  process.exit(2);
}

const sources = [];
for (const file of files) {
  try {
    sources.push({ file, content: readFileSync(file) });
  } catch (err) {
    console.error(`${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? "error"}). Nothing was imported.`);
    process.exit(1);
  }
}

const db = getDb();
migrateDatabase(db);
try {
  reportImport(importArticles(db, sources));
} catch (err) {
  if (!(err instanceof ImportFailed)) throw err;
  console.error(`${err.message}\nNothing was imported.`);
  process.exit(1);
}

const result = await notifyContentChanged(getEnv().SITE_URL);
if (result === "refreshed") console.log(`The app at ${getEnv().SITE_URL} now shows the changes.`);
else if (result === "not-running") console.log("The app is not running; it shows the changes when it starts.");
else console.warn(`Could not refresh the running app: ${result.error}.`);
