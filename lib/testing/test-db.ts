import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

/** A real, migrated SQLite file of its own, as the app uses. */
export function createTestDatabase(): { db: Db; file: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "tandem-test-")), "test.db");
  const db = openDatabase(file);
  migrateDatabase(db);
  return { db, file };
}

/** Points the app's own getDb() at a fresh test database; call before the first query. */
export function useTestDatabaseForApp(): Db {
  const { db, file } = createTestDatabase();
  process.env.DATABASE_PATH = file;
  (globalThis as { __db?: Db }).__db = db;
  return db;
}
