// npm run db:restore -- FILE   (or npm run db:restore FILE)
// Replaces the content of DATABASE_PATH by the backup FILE, while the app runs
// or not. See db/backup.ts.
//
// Refused, exit 2 and nothing changed, when FILE is missing, is not a SQLite
// database, fails integrity_check, or is not this app's (no
// __drizzle_migrations table, or more migrations than this code knows).
// Otherwise, through an ordinary connection to the live database, so a
// running app's WAL and locks are respected rather than a file replaced
// underneath it:
//   1. take its write lock; the app's writes wait (busy_timeout, 5 s: about
//      1.5 s for a 120 MB database; a much bigger one is better restored with
//      the app stopped), its reads go on and see the old data;
//   2. copy the database as it is to
//      data/backups/<name>-before-restore-<UTC time>.db (beside the database);
//   3. copy FILE in and commit;
//   4. run the app's migrations, in case FILE is older than this code;
//   5. integrity_check the result, and the safety backup (kept even if it
//      fails: it is all there is of what was replaced).
//
// A running app sees the restored data at once for reads, but its cached
// pages refresh within their revalidation window (60 s) or on restart
// (article pages have no window: only then), unless this script reaches the
// app at SITE_URL and has it drop them, as db:import does.
// Restoring while the app takes writes loses every write made after FILE was
// taken: that is what going back to a backup means. The safety backup still
// holds them, exactly as the database was when the restore took its lock.
import { describeBackup, restoreDatabase, seconds } from "../backup";
import { notifyContentChanged } from "@/lib/content-refresh/notify";
import { getEnv } from "@/lib/env";

const files = process.argv.slice(2).filter((a) => a !== "--");
if (files.length !== 1 || files[0]!.startsWith("-")) {
  console.error("Usage: npm run db:restore -- FILE");
  process.exit(2);
}
const file = files[0]!;
const { DATABASE_PATH: target, SITE_URL } = getEnv();

const result = await restoreDatabase(file, target);
if (!result.ok) {
  if (result.refused) {
    console.error(`db:restore: refused: ${result.message}\nNothing was changed.`);
    process.exit(2);
  }
  console.error(`db:restore: ${result.message}`);
  process.exit(1);
}

const { report } = result;
console.log(`Checked ${file}: integrity ok, ${report.source.migrations} migrations.`);
if (report.safetyBackup) {
  console.log(`Safety backup of ${target} as it was just before: ${report.safetyBackup.path}`);
  if (report.safetyBackupProblems.length === 0) console.log(describeBackup(report.safetyBackup));
  else console.warn(`  it fails integrity_check, so ${target} was already damaged; the copy is kept as it is: ${report.safetyBackupProblems.join("; ")}`);
} else console.log(`${target} did not exist: no safety backup needed.`);
console.log(`Restored ${file} into ${target}: ${report.copiedPages.toLocaleString("en")} pages in ${seconds(report.copyMs)}; writes waited ${seconds(report.lockMs)}.`);
console.log(`Migrations: ${report.migrationsApplied} applied, ${report.migrationsNow} in all. Integrity: ok. Total ${seconds(report.ms)}.`);

const refreshed = await notifyContentChanged(SITE_URL);
if (refreshed === "refreshed") console.log(`The app at ${SITE_URL} has dropped its cached pages and shows the restored data.`);
else if (refreshed === "not-running") console.log(`No app answered at ${SITE_URL}; a running one reads the restored data at once, its cached pages refresh within 60 s or on restart.`);
else console.warn(`Could not refresh the app's cached pages (${refreshed.error}); they refresh within 60 s or on restart.`);
