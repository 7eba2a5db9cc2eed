import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, closeSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it, onTestFinished } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-db";
import type { WriterSummary } from "./backup-writer.worker";
import { backupDatabase, defaultBackupPath, knownMigrations, restoreDatabase } from "./backup";
import { migrationsFolder } from "./migrate";

type ProbeRow = { id: number; seq: number; half: number; payload: string };

/** A migrated database in a temp dir, with the writer's table and ~4 MB of ballast so a copy takes a moment. */
function liveDatabase() {
  const { db, file } = createTestDatabase();
  db.$client.exec(`
    CREATE TABLE backup_probe (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, half INTEGER NOT NULL, payload BLOB NOT NULL);
    CREATE TABLE ballast (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) INSERT INTO ballast SELECT i, randomblob(1000) FROM n;
  `);
  return { db, file, dir: path.dirname(file) };
}

function startWriter(file: string) {
  const control = new SharedArrayBuffer(8);
  const flags = new Int32Array(control);
  const worker = new Worker(new URL("./backup-writer.worker.mjs", import.meta.url), { workerData: { file, control } });
  const done = new Promise<WriterSummary>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`writer exited with ${code} before reporting`)));
  });
  // A failed assertion must not leave it writing through the tests after.
  onTestFinished(() => void Atomics.store(flags, 0, 1));
  return {
    committed: () => Atomics.load(flags, 1),
    stop: () => {
      Atomics.store(flags, 0, 1);
      return done;
    },
  };
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function read<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const integrity = (file: string) => read(file, (db) => db.pragma("integrity_check", { simple: true }));
const probeRows = (file: string) => read(file, (db) => db.prepare("SELECT id, seq, half, hex(payload) AS payload FROM backup_probe ORDER BY id").all() as ProbeRow[]);
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Checks the writer's invariants (ids 1..n, no gap, whole pairs) and returns each pair's seq in id order. */
function pairSeqs(rows: ProbeRow[]): number[] {
  // One assertion for the lot: thousands of expect() calls would dominate the test's time.
  const broken = rows.filter((r, i) => r.id !== i + 1 || r.half !== i % 2 || (i % 2 === 1 && r.seq !== rows[i - 1]!.seq));
  expect(broken.slice(0, 3)).toEqual([]);
  expect(rows.length % 2).toBe(0);
  return rows.filter((r) => r.half === 0).map((r) => r.seq);
}

const digest = (rows: unknown[]) => createHash("sha256").update(JSON.stringify(rows)).digest("hex");

/** Every row of every table, order-independent. */
function rowsChecksum(file: string): string {
  return read(file, (db) => {
    const hash = createHash("sha256");
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    for (const table of tables) {
      const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((r) => r.map((v) => (Buffer.isBuffer(v) ? v.toString("hex") : String(v))).join("\t"));
      hash.update(`${table}:${rows.sort().join("\n")}\n`);
    }
    return hash.digest("hex");
  });
}

/** A copy of `file` with the header of one of its data pages, in the middle of the file, overwritten. */
function corruptedCopy(file: string, dest: string): string {
  copyFileSync(file, dest);
  const { page, pageSize } = read(dest, (db) => {
    const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'ballast' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
    return { page: leaves[Math.floor(leaves.length / 2)]!, pageSize: db.pragma("page_size", { simple: true }) as number };
  });
  const fd = openSync(dest, "r+");
  writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (page - 1) * pageSize);
  closeSync(fd);
  return dest;
}

describe("backupDatabase", () => {
  it("takes consistent copies while another connection keeps writing", async () => {
    const { file, dir } = liveDatabase();
    const writer = startWriter(file);
    await until(() => writer.committed() >= 50, "the writer to start");

    const copies: { before: number; after: number; pairs: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const before = writer.committed();
      const result = await backupDatabase(file, path.join(dir, `copy-${i}.db`));
      const after = writer.committed();
      if (!result.ok) throw new Error(result.message);
      const { report } = result;
      expect(report).toMatchObject({ migrations: knownMigrations().count, bytes: report.pages * report.pageSize });
      // One self-contained file, not WAL: it opens read-only anywhere.
      expect(existsSync(`${report.path}-wal`)).toBe(false);
      expect(integrity(report.path)).toBe("ok");
      const seqs = pairSeqs(probeRows(report.path));
      // A snapshot: every transaction committed before the copy started, none
      // half-written, and in commit order (seq 1..n).
      expect(seqs).toEqual(range(1, seqs.length));
      expect(seqs.length).toBeGreaterThanOrEqual(before);
      expect(seqs.length).toBeLessThanOrEqual(after + 1);
      copies.push({ before, after, pairs: seqs.length });
      await new Promise((r) => setTimeout(r, 20));
    }
    const summary = await writer.stop();

    expect(summary.problems).toEqual([]);
    // The writer committed while copies were being taken, so they were online.
    expect(copies.some((c) => c.after > c.before)).toBe(true);
    expect(copies.at(-1)!.pairs).toBeLessThan(summary.committed);
    const live = probeRows(file);
    expect(pairSeqs(live)).toEqual(range(1, summary.committed));
    expect(live.slice(-2).map((r) => r.id)).toEqual(summary.lastIds);
    expect(integrity(file)).toBe("ok");
  });

  it("refuses a missing source, an existing destination and an unwritable one, and deletes a copy that fails integrity_check", async () => {
    const { file, dir } = liveDatabase();

    const missing = await backupDatabase(path.join(dir, "nope.db"), path.join(dir, "a.db"));
    expect(missing).toEqual({ ok: false, message: expect.stringContaining("does not exist") });
    expect(existsSync(path.join(dir, "a.db"))).toBe(false);

    const taken = path.join(dir, "taken.db");
    writeFileSync(taken, "keep me");
    expect(await backupDatabase(file, taken)).toEqual({ ok: false, message: expect.stringContaining("cannot create") });
    expect(readFileSync(taken, "utf8")).toBe("keep me");

    expect(await backupDatabase(file, path.join(taken, "under-a-file.db"))).toEqual({ ok: false, message: expect.stringContaining("cannot create") });

    const good = await backupDatabase(file, path.join(dir, "good.db"));
    if (!good.ok) throw new Error(good.message);
    const damaged = corruptedCopy(good.report.path, path.join(dir, "damaged.db"));
    const bad = await backupDatabase(damaged, path.join(dir, "copy-of-damaged.db"));
    expect(bad).toEqual({ ok: false, message: expect.stringContaining("failed integrity_check and was deleted") });
    expect(readdirSync(dir).filter((f) => f.startsWith("copy-of-damaged"))).toEqual([]);
  });

  it("names default copies beside the database and never reuses a name", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tandem-backup-"));
    const now = new Date("2026-03-04T05:06:07.890Z");
    const first = defaultBackupPath(path.join(dir, "app.db"), { now });
    expect(first).toBe(path.join(dir, "backups", "app-20260304T050607Z.db"));
    mkdirSync(path.dirname(first));
    writeFileSync(first, "");
    expect(defaultBackupPath(path.join(dir, "app.db"), { now })).toBe(path.join(dir, "backups", "app-20260304T050607Z-2.db"));
    expect(defaultBackupPath(path.join(dir, "app.db"), { now, label: "before-restore" })).toBe(path.join(dir, "backups", "app-before-restore-20260304T050607Z.db"));
  });
});

describe("restoreDatabase", () => {
  it("restores into the live database while another connection keeps writing", async () => {
    const { file, dir } = liveDatabase();
    const writer = startWriter(file);
    await until(() => writer.committed() >= 100, "the writer to start");
    const backup = await backupDatabase(file, path.join(dir, "backup.db"));
    if (!backup.ok) throw new Error(backup.message);
    const backupRows = probeRows(backup.report.path);
    const inBackup = pairSeqs(backupRows).length;
    // Writes the restore will take back.
    await until(() => writer.committed() >= inBackup + 100, "writes after the backup");

    const atStart = writer.committed();
    const result = await restoreDatabase(backup.report.path, file, { safetyBackupPath: path.join(dir, "safety.db") });
    const atEnd = writer.committed();
    if (!result.ok) throw new Error(result.message);
    // Writes on top of the restored data.
    await until(() => writer.committed() >= atEnd + 100, "writes after the restore");
    const summary = await writer.stop();

    // The writer never failed (its writes waited for the restore's lock) and
    // every transaction read back as written.
    expect(summary.problems).toEqual([]);
    expect(summary.quickCheck).toBe("ok");
    expect(integrity(file)).toBe("ok");
    expect(result.report).toMatchObject({ migrationsApplied: 0, migrationsNow: knownMigrations().count });

    // What we expect: the backup's rows exactly, then the writer's later
    // transactions, carrying on from the restored ids without a gap.
    const rows = probeRows(file);
    const seqs = pairSeqs(rows);
    expect(digest(rows.slice(0, backupRows.length))).toBe(digest(backupRows));
    const after = seqs.slice(inBackup);
    expect(after).toEqual(range(after[0]!, summary.committed));
    expect(after[0]).toBeGreaterThan(atStart);
    expect(after[0]).toBeLessThanOrEqual(atEnd + 1);

    // The writes made between the backup and the restore are gone from the
    // live database, and every one of them is in the safety backup: it was
    // taken under the restore's write lock, so nothing fell between the two.
    const safety = pairSeqs(probeRows(path.join(dir, "safety.db")));
    expect(safety).toEqual(range(1, after[0]! - 1));
    expect(safety.length).toBeGreaterThan(inBackup);
  });

  it("makes a safety backup of the database as it was, then applies the migrations an older backup lacks", async () => {
    const { db, file, dir } = liveDatabase();
    db.$client.exec("INSERT INTO backup_probe VALUES (1, 1, 0, x'00'), (2, 1, 1, x'00')");
    const before = rowsChecksum(file);

    // A backup from older code: only the first 8 migrations.
    const oldFolder = path.join(dir, "old-migrations");
    cpSync(migrationsFolder, oldFolder, { recursive: true });
    const journalFile = path.join(oldFolder, "meta/_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: unknown[] };
    writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 8) }));
    const oldFile = path.join(dir, "old.db");
    const old = new Database(oldFile);
    migrate(drizzle({ client: old }), { migrationsFolder: oldFolder });
    old.close();

    const result = await restoreDatabase(oldFile, file);
    if (!result.ok) throw new Error(result.message);
    const { report } = result;
    expect(report.source.migrations).toBe(8);
    expect(report.migrationsApplied).toBe(knownMigrations().count - 8);
    expect(report.migrationsNow).toBe(knownMigrations().count);

    expect(report.safetyBackup?.path).toMatch(new RegExp(`^${dir}/backups/test-before-restore-\\d{8}T\\d{6}Z\\.db$`));
    expect(rowsChecksum(report.safetyBackup!.path)).toBe(before);
    expect(read(file, (db) => db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'backup_probe'").pluck().get())).toBe(0);
    expect(integrity(file)).toBe("ok");
  });

  it("restores over a damaged database, keeping the damaged copy as the safety backup", async () => {
    const { db, file, dir } = liveDatabase();
    const good = await backupDatabase(file, path.join(dir, "good.db"));
    if (!good.ok) throw new Error(good.message);
    db.$client.close(); // checkpoints the WAL into the file about to be damaged
    copyFileSync(corruptedCopy(file, path.join(dir, "damaged.db")), file);
    const result = await restoreDatabase(good.report.path, file, { safetyBackupPath: path.join(dir, "safety.db") });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.safetyBackupProblems).not.toEqual([]);
    // Page for page what was there (page 1 differs: the copy is not in WAL mode).
    const pageSize = result.report.safetyBackup!.pageSize;
    expect(readFileSync(path.join(dir, "safety.db")).subarray(pageSize).equals(readFileSync(path.join(dir, "damaged.db")).subarray(pageSize))).toBe(true);
    expect(integrity(file)).toBe("ok");
    expect(rowsChecksum(file)).toBe(rowsChecksum(good.report.path));
  });

  it("restores into a database that does not exist yet, without a safety backup", async () => {
    const { file, dir } = liveDatabase();
    const target = path.join(dir, "new", "app.db");
    const result = await restoreDatabase(file, target);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.safetyBackup).toBeNull();
    expect(rowsChecksum(target)).toBe(rowsChecksum(file));
  });

  describe("refuses, and changes nothing, when the file", () => {
    const { file, dir } = liveDatabase();
    const samples = path.join(dir, "samples");
    mkdirSync(samples);
    const sample = (name: string) => path.join(samples, name);
    writeFileSync(sample("notes.txt"), "These are not the rows you are looking for.\n".repeat(200));
    const foreign = new Database(sample("foreign.db"));
    foreign.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')");
    foreign.close();

    const cases: [string, () => Promise<string>, RegExp][] = [
      ["is missing", async () => sample("missing.db"), /does not exist/],
      ["is a text file", async () => sample("notes.txt"), /is not a SQLite database/],
      ["is the live database itself", async () => file, /is the database itself/],
      ["is a SQLite database but not ours", async () => sample("foreign.db"), /not one of this app's \(it has no __drizzle_migrations table\)/],
      [
        "comes from newer code",
        async () => {
          const copy = await backupDatabase(file, sample("newer.db"));
          if (!copy.ok) throw new Error(copy.message);
          const db = new Database(copy.report.path);
          db.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', ?)").run(knownMigrations().latest + 1000);
          db.close();
          return copy.report.path;
        },
        new RegExp(`comes from newer code: it has ${knownMigrations().count + 1} migrations, this code knows ${knownMigrations().count}`),
      ],
      [
        "is damaged",
        async () => {
          const copy = await backupDatabase(file, sample("to-damage.db"));
          if (!copy.ok) throw new Error(copy.message);
          return corruptedCopy(copy.report.path, sample("damaged.db"));
        },
        /fails integrity_check/,
      ],
    ];

    it.each(cases)("%s", async (_, make, message) => {
      const source = await make();
      const before = rowsChecksum(file);
      const filesBefore = readdirSync(dir).sort();
      const result = await restoreDatabase(source, file);
      expect(result).toEqual({ ok: false, refused: true, message: expect.stringMatching(message) });
      expect(rowsChecksum(file)).toBe(before);
      // Not even a safety backup.
      expect(readdirSync(dir).sort()).toEqual(filesBefore);
    });
  });
});
