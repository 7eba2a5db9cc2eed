// npm run db:backup [-- --out FILE]
// An online copy of DATABASE_PATH, taken with SQLite's backup API while the
// app keeps serving: the copy is one consistent snapshot (every transaction
// committed before it started, none after), the app's reads and writes carry
// on meanwhile (WAL). Written by default to data/backups/<name>-<UTC time>.db,
// beside the database; an existing file is never overwritten. The copy is
// checked (integrity_check) and deleted if it fails. See db/backup.ts.
import { backupDatabase, defaultBackupPath, describeBackup } from "../backup";
import { getEnv } from "@/lib/env";

const USAGE = "Usage: npm run db:backup [-- --out FILE]";
const args = process.argv.slice(2).filter((a) => a !== "--");
let out: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === "--help" || arg === "-h") {
    console.log(USAGE);
    process.exit(0);
  } else if (arg === "--out" && args[i + 1]) out = args[++i];
  else if (arg.startsWith("--out=") && arg.length > 6) out = arg.slice(6);
  else {
    console.error(`db:backup: unexpected argument ${arg}\n${USAGE}`);
    process.exit(2);
  }
}

const source = getEnv().DATABASE_PATH;
const result = await backupDatabase(source, out ?? defaultBackupPath(source));
if (!result.ok) {
  console.error(`db:backup: ${result.message}`);
  process.exit(1);
}
console.log(`Backed up ${source} to ${result.report.path}:\n${describeBackup(result.report)}`);
