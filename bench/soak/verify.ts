// After the run, with the server stopped: which markers made it into the
// database, and whether SQLite says the file is sound.
import Database from "better-sqlite3";
import type { WriteKind } from "./record";
import { markerPattern } from "./writers";

export interface DatabaseCheck {
  /** marker → how many rows hold it, per kind. */
  markers: Record<WriteKind, Map<string, number>>;
  /** mentorship_requests.status by id, for the withdrawals. */
  requestStatus: Map<number, string>;
  integrity: string[];
  foreignKeyViolations: number;
}

const COLUMNS: Record<WriteKind, { table: string; column: string }> = {
  forum: { table: "forum_posts", column: "body" },
  message: { table: "mentorship_messages", column: "body" },
  request: { table: "mentorship_requests", column: "message" },
};

/**
 * Opens the file as the app does (read-write, so a WAL left by a crash is
 * recovered exactly as the app would recover it), reads every row holding
 * one of this run's markers, and runs PRAGMA integrity_check and
 * foreign_key_check.
 */
export function checkDatabase(databasePath: string, runId: string, integrity = true): DatabaseCheck {
  const db = new Database(databasePath, { fileMustExist: true });
  try {
    const markers = {} as DatabaseCheck["markers"];
    for (const [kind, { table, column }] of Object.entries(COLUMNS) as [WriteKind, (typeof COLUMNS)[WriteKind]][]) {
      const found = new Map<string, number>();
      const rows = db.prepare(`SELECT ${column} AS text FROM ${table} WHERE ${column} LIKE ?`).all(`%soak-${runId}-%`) as { text: string }[];
      for (const row of rows) for (const m of row.text.matchAll(markerPattern(runId))) found.set(m[0], (found.get(m[0]) ?? 0) + 1);
      markers[kind] = found;
    }
    const requestStatus = new Map((db.prepare(`SELECT id, status FROM mentorship_requests`).all() as { id: number; status: string }[]).map((r) => [r.id, r.status]));
    const check = integrity ? (db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[]).map((r) => r.integrity_check) : [];
    const foreignKeyViolations = integrity ? db.prepare("PRAGMA foreign_key_check").all().length : 0;
    return { markers, requestStatus, integrity: check, foreignKeyViolations };
  } finally {
    db.close();
  }
}
