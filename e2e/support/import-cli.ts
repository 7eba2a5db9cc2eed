import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { E2E_ENV } from "../../playwright.config";

/** Runs `npm run db:import` against the e2e server's database, as an editor would. */
export function runImport(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-e2e-import-"));
  const paths = Object.entries(files).map(([name, content]) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  });
  const result = spawnSync("npx", ["tsx", "db/scripts/import.ts", ...paths], {
    env: { ...process.env, ...E2E_ENV },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
