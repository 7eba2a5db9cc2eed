import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// The only place that opens a connection. The pragmas make SQLite a good
// server database: WAL lets readers run beside one writer, busy_timeout makes
// a second writer wait instead of failing, and NORMAL sync is safe under WAL.
export function openDatabase(file: string): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle({ client: sqlite, schema, casing: "snake_case" });
}

// One connection per process, kept on globalThis so that dev-server reloads
// do not open a new one on every change.
const globalForDb = globalThis as unknown as { __db?: Db };

export function getDb(): Db {
  globalForDb.__db ??= openDatabase(getEnv().DATABASE_PATH);
  return globalForDb.__db;
}
