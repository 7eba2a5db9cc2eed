// Online backup and restore of the SQLite file, for `npm run db:backup` and
// `npm run db:restore` (db/scripts/). Both copy with SQLite's backup API, so
// they go through SQLite's locks and WAL like any other connection: a running
// app keeps reading and writing while a backup is taken, and a restore is one
// write transaction on the live database that the app's connections see as
// soon as it commits, instead of a file swapped underneath them.
import Database from "better-sqlite3";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, realpathSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";

export type BackupReport = {
  path: string;
  bytes: number;
  pages: number;
  pageSize: number;
  /** Rows of drizzle's `__drizzle_migrations`; null when the table is missing (not one of our databases). */
  migrations: number | null;
  ms: number;
};

export type BackupResult = { ok: true; report: BackupReport } | { ok: false; message: string };

export type RestoreReport = {
  source: { path: string; pages: number; migrations: number };
  /** Copy of the database as it was just before the restore; null when there was no database yet. */
  safetyBackup: BackupReport | null;
  /**
   * integrity_check of the safety backup, run after the restore so the app's
   * writers wait less: not empty means the database being replaced was
   * already damaged (the copy is kept: it is all there is of it).
   */
  safetyBackupProblems: string[];
  copiedPages: number;
  /** Copying the backup in. */
  copyMs: number;
  /** How long the app's writes waited: the safety copy and the copy in, under the write lock. */
  lockMs: number;
  /** Migrations this code applied on top of the restored data (an older backup). */
  migrationsApplied: number;
  migrationsNow: number;
  ms: number;
};

// "refused": the file given is not something to restore; nothing was touched.
// "failed": something went wrong on the way; `changed` says whether the live
// database may already hold the restored data.
export type RestoreResult =
  | { ok: true; report: RestoreReport }
  | { ok: false; refused: true; message: string }
  | { ok: false; refused: false; changed: boolean; message: string; safetyBackup?: string };

/** How long a copy waits for a lock held by the app (a long write) before giving up. */
const LOCK_WAIT_MS = 30_000;

/**
 * Copies `sourcePath`, which may be in use, into a new file `destPath` and
 * checks the copy. Never overwrites: an existing `destPath` is refused. A copy
 * that fails integrity_check is deleted.
 */
export async function backupDatabase(sourcePath: string, destPath: string): Promise<BackupResult> {
  const started = performance.now();
  const copied = await copyToNewFile(sourcePath, destPath);
  if (!copied.ok) return copied;
  let check: Inspection;
  try {
    check = inspect(destPath);
  } catch (error) {
    removeCopy(destPath);
    return { ok: false, message: `checking the copy failed, so it was deleted: ${reason(error)}` };
  }
  if (check.problems.length > 0) {
    removeCopy(destPath);
    return { ok: false, message: `the copy failed integrity_check and was deleted: ${check.problems.join("; ")}` };
  }
  return { ok: true, report: backupReport(destPath, check, started) };
}

/** The copy half of backupDatabase, without the check. */
async function copyToNewFile(sourcePath: string, destPath: string): Promise<{ ok: true } | { ok: false; message: string }> {
  if (!isFile(sourcePath)) return { ok: false, message: `${sourcePath} does not exist or is not a file.` };
  try {
    mkdirSync(path.dirname(destPath), { recursive: true });
    // Created exclusively here, so two backups picking the same name, or a
    // file that appeared since the caller looked, are never overwritten.
    closeSync(openSync(destPath, "wx"));
  } catch (error) {
    return { ok: false, message: `cannot create ${destPath}: ${reason(error)}` };
  }

  let source: Database.Database | undefined;
  try {
    // Read-only: a backup must never be what changes the live database.
    source = new Database(sourcePath, { readonly: true, fileMustExist: true });
    source.pragma("busy_timeout = 5000");
    await copyPages(source, destPath);
  } catch (error) {
    removeCopy(destPath);
    return { ok: false, message: `copying ${sourcePath} failed: ${reason(error)}` };
  } finally {
    source?.close();
  }

  try {
    // The copy carries the source's WAL flag; a backup is easier to keep,
    // move and open read-only as one self-contained file.
    const copy = new Database(destPath, { fileMustExist: true });
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
  } catch (error) {
    removeCopy(destPath);
    return { ok: false, message: `the copy of ${sourcePath} cannot be opened, so it was deleted: ${reason(error)}` };
  }
  return { ok: true };
}

function backupReport(file: string, check: Inspection, started: number): BackupReport {
  return { path: file, bytes: statSync(file).size, pages: check.pages, pageSize: check.pageSize, migrations: check.migrations, ms: performance.now() - started };
}

/**
 * Replaces the content of `destPath` (the live database, possibly in use) by
 * the backup `sourcePath`: checks the backup, copies the current database to
 * `safetyBackupPath` first, copies the backup in through a connection to
 * `destPath`, migrates, and checks the result.
 */
export async function restoreDatabase(sourcePath: string, destPath: string, options: { safetyBackupPath?: string } = {}): Promise<RestoreResult> {
  const started = performance.now();
  const refusal = checkRestorable(sourcePath, destPath);
  if (!refusal.ok) return { ok: false, refused: true, message: refusal.message };
  const { source } = refusal;

  // The safety backup is taken once the copy holds the live database's write
  // lock and before it writes a page: no write by the app can land between
  // the two, so whatever the restore discards is in the safety backup. The
  // app's writes wait meanwhile, so only the copy is made under the lock;
  // it is checked once the restore has committed.
  const safetyPath = options.safetyBackupPath ?? defaultBackupPath(destPath, { label: "before-restore" });
  const destExists = existsSync(destPath);
  let safetyCopied = false;
  let safetyCopyMs = 0;
  let lockedAt = 0;
  const whileLocked = async () => {
    lockedAt = performance.now();
    if (!destExists) return;
    const safety = await copyToNewFile(destPath, safetyPath);
    if (!safety.ok) throw new SafetyBackupFailed(safety.message);
    safetyCopied = true;
    safetyCopyMs = performance.now() - lockedAt;
  };

  const copyStarted = performance.now();
  let copiedPages: number;
  let backup: Database.Database | undefined;
  let checkpointer: Database.Database | undefined;
  let committedAt = 0;
  try {
    // The copy's commit leaves every page in the WAL, and SQLite hands the
    // checkpoint to the next connection that commits: the app's first write
    // after the restore would wait for all of it (a second for 100 MB). This
    // connection, ready beforehand, checkpoints the moment the copy commits.
    if (destExists) checkpointer = new Database(destPath, { fileMustExist: true });
    mkdirSync(path.dirname(destPath), { recursive: true });
    backup = new Database(sourcePath, { readonly: true, fileMustExist: true });
    // better-sqlite3 opens its own connection to destPath, an ordinary one:
    // it takes the WAL write lock like the app's writers do, writes every page
    // in one transaction and commits; a failure rolls back and leaves the
    // live database as it was.
    copiedPages = (await copyPages(backup, destPath, whileLocked)).totalPages;
    committedAt = performance.now();
    try {
      checkpointer?.pragma("wal_checkpoint(PASSIVE)");
    } catch {
      // Only saves the app some work; the restore has committed either way.
    }
  } catch (error) {
    const message =
      error instanceof SafetyBackupFailed
        ? `no safety backup of ${destPath} could be made (${error.message}), so nothing was restored. If that database is damaged beyond copying, stop the app and move it aside first.`
        : `copying ${sourcePath} into ${destPath} failed, nothing was changed: ${reason(error)}`;
    return { ok: false, refused: false, changed: false, message, safetyBackup: safetyCopied ? safetyPath : undefined };
  } finally {
    backup?.close();
    checkpointer?.close();
  }
  const copyMs = committedAt - copyStarted - safetyCopyMs;
  const lockMs = committedAt - lockedAt;

  let safetyBackup: BackupReport | null = null;
  let safetyBackupProblems: string[] = [];
  if (safetyCopied) {
    const checkStarted = performance.now() - safetyCopyMs;
    let check: Inspection;
    try {
      check = inspect(safetyPath);
    } catch (error) {
      check = { problems: [reason(error)], pages: 0, pageSize: 0, migrations: null, latestMigration: 0 };
    }
    safetyBackup = backupReport(safetyPath, check, checkStarted);
    safetyBackupProblems = check.problems;
  }

  const failedAfterCopy = (message: string): RestoreResult => ({
    ok: false,
    refused: false,
    changed: true,
    message: `${destPath} holds the restored data, but ${message}${safetyBackup ? `; the database as it was before is in ${safetyBackup.path}` : ""}.`,
    safetyBackup: safetyBackup?.path,
  });

  let migrationsNow: number;
  try {
    const db = openDatabase(destPath);
    try {
      migrateDatabase(db);
      migrationsNow = countMigrations(db.$client) ?? 0;
    } finally {
      db.$client.close();
    }
  } catch (error) {
    return failedAfterCopy(`migrating it failed: ${reason(error)}`);
  }

  let problems: string[];
  try {
    problems = inspect(destPath).problems;
  } catch (error) {
    return failedAfterCopy(`checking it failed: ${reason(error)}`);
  }
  if (problems.length > 0) return failedAfterCopy(`it fails integrity_check: ${problems.join("; ")}`);

  return {
    ok: true,
    report: { source, safetyBackup, safetyBackupProblems, copiedPages, copyMs, lockMs, migrationsApplied: migrationsNow - source.migrations, migrationsNow, ms: performance.now() - started },
  };
}

/** `<dir of db>/backups/<db name>[-label]-<UTC timestamp>.db`, the first such name not taken. */
export function defaultBackupPath(databasePath: string, options: { label?: string; now?: Date } = {}): string {
  const dir = path.join(path.dirname(databasePath), "backups");
  const name = path.basename(databasePath, path.extname(databasePath));
  const stamp = (options.now ?? new Date()).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const base = [name, options.label, stamp].filter(Boolean).join("-");
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? `${base}.db` : `${base}-${n}.db`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** Number of migrations this code knows (db/migrations/meta/_journal.json) and the newest one's timestamp. */
export function knownMigrations(): { count: number; latest: number } {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] };
  return { count: journal.entries.length, latest: Math.max(0, ...journal.entries.map((e) => e.when)) };
}

type Restorable = { ok: true; source: RestoreReport["source"] } | { ok: false; message: string };

function checkRestorable(sourcePath: string, destPath: string): Restorable {
  if (!existsSync(sourcePath)) return { ok: false, message: `${sourcePath} does not exist.` };
  if (!isFile(sourcePath)) return { ok: false, message: `${sourcePath} is not a file.` };
  if (existsSync(destPath) && realpathSync(sourcePath) === realpathSync(destPath)) {
    return { ok: false, message: `${sourcePath} is the database itself.` };
  }
  // Checked before SQLite opens it: a text file would otherwise pass the open
  // and fail later with a less helpful "file is not a database".
  let header: boolean;
  try {
    header = hasSqliteHeader(sourcePath);
  } catch (error) {
    return { ok: false, message: `${sourcePath} cannot be read: ${reason(error)}` };
  }
  if (!header) return { ok: false, message: `${sourcePath} is not a SQLite database.` };

  let check: ReturnType<typeof inspect>;
  try {
    check = inspect(sourcePath);
  } catch (error) {
    return { ok: false, message: `${sourcePath} cannot be read as a SQLite database: ${reason(error)}` };
  }
  if (check.problems.length > 0) return { ok: false, message: `${sourcePath} fails integrity_check: ${check.problems.join("; ")}` };
  if (check.migrations === null) return { ok: false, message: `${sourcePath} is a SQLite database but not one of this app's (it has no __drizzle_migrations table).` };

  // Drizzle decides what to apply from the newest timestamp it recorded, so a
  // database from newer code would look up to date here while holding a
  // schema this code does not know.
  const known = knownMigrations();
  if (check.migrations > known.count || check.latestMigration > known.latest) {
    return { ok: false, message: `${sourcePath} comes from newer code: it has ${check.migrations} migrations, this code knows ${known.count}. Restore it with the code that made it.` };
  }
  return { ok: true, source: { path: sourcePath, pages: check.pages, migrations: check.migrations } };
}

class SafetyBackupFailed extends Error {}

/**
 * Copies every page of `source` into `destPath` in a single step, so the copy
 * is one read transaction: one consistent snapshot. The default (100 pages a
 * step) lets the app's writes land between steps, and each of those restarts
 * the backup from the first page, so under steady traffic it might never end.
 * Under WAL the long read does not block writers; it only delays checkpoints.
 *
 * `whileLocked` runs after the destination's write lock is taken and before
 * any page is written.
 */
async function copyPages(source: Database.Database, destPath: string, whileLocked?: () => Promise<void>): Promise<{ totalPages: number }> {
  const deadline = performance.now() + LOCK_WAIT_MS;
  const lockedTooLong = () => new Error(`the database stayed locked for ${LOCK_WAIT_MS / 1000} s`);
  for (;;) {
    let hook: Promise<void> | undefined;
    let hookDone = false;
    let hookError: unknown;
    let copying = false;
    const result = await source.backup(destPath, {
      // Called after better-sqlite3's opening step, which copies nothing but
      // takes the locks; after a step that paused (returned 0); and after a
      // step that found a lock taken (SQLITE_BUSY: its connection to the
      // destination has no busy_timeout).
      progress: () => {
        if (whileLocked && !hook) {
          hook = whileLocked().then(
            () => void (hookDone = true),
            (error: unknown) => void ((hookDone = true), (hookError = error)),
          );
          return 0;
        }
        if (hook && !hookDone) return 0;
        if (hookError) throw hookError;
        if (copying) {
          if (performance.now() > deadline) throw lockedTooLong();
          sleepSync(5);
        }
        copying = true;
        return 0x7fffffff;
      },
    });
    if (result.totalPages > 0) return result;
    // The opening step found the destination locked by a writer: better-sqlite3
    // then resolves at once, as if done, with nothing copied. Try again.
    if (performance.now() > deadline) throw lockedTooLong();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

type Inspection = { problems: string[]; pages: number; pageSize: number; migrations: number | null; latestMigration: number };

/** integrity_check and a few figures, through a read-only connection. */
function inspect(file: string): Inspection {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    let problems: string[];
    try {
      const rows = db.pragma("integrity_check") as { integrity_check: string }[];
      problems = rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
    } catch (error) {
      // Damage bad enough stops the check itself (SQLITE_CORRUPT, SQLITE_NOTADB).
      problems = [reason(error)];
    }
    if (problems.length > 0) {
      let pages = 0;
      let pageSize = 0;
      try {
        pages = db.pragma("page_count", { simple: true }) as number;
        pageSize = db.pragma("page_size", { simple: true }) as number;
      } catch {
        // Too damaged for figures too; the problems say why.
      }
      return { problems: problems.slice(0, 5), pages, pageSize, migrations: null, latestMigration: 0 };
    }
    const migrations = countMigrations(db);
    return {
      problems,
      pages: db.pragma("page_count", { simple: true }) as number,
      pageSize: db.pragma("page_size", { simple: true }) as number,
      migrations,
      latestMigration: migrations ? Number(db.prepare("SELECT max(created_at) FROM __drizzle_migrations").pluck().get()) : 0,
    };
  } finally {
    db.close();
  }
}

function countMigrations(db: Database.Database): number | null {
  const table = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  return table ? (db.prepare("SELECT count(*) FROM __drizzle_migrations").pluck().get() as number) : null;
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, "r");
  try {
    const header = Buffer.alloc(16);
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString("latin1") === "SQLite format 3\0";
  } finally {
    closeSync(fd);
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function removeCopy(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The lines db:backup and db:restore print about a copy they made. */
export function describeBackup(report: BackupReport): string {
  const mb = (report.bytes / 1024 / 1024).toFixed(1);
  const migrations = report.migrations === null ? "none (no __drizzle_migrations table: not this app's database?)" : `${report.migrations} applied`;
  return [
    `  size        ${mb} MB (${report.pages.toLocaleString("en")} pages of ${report.pageSize} bytes)`,
    `  integrity   ok`,
    `  migrations  ${migrations}`,
    `  time        ${seconds(report.ms)}`,
  ].join("\n");
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
