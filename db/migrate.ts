import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { Db } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db/migrations");

// Idempotent: drizzle records applied migrations and skips them next time.
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}
