import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { E2E_ENV } from "../../playwright.config";

/** The import command's arguments: the files written to a temporary folder. */
function importArgs(files: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-e2e-import-"));
  const paths = Object.entries(files).map(([name, content]) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  });
  return ["tsx", "db/scripts/import.ts", ...paths];
}

/** Runs `npm run db:import` against the e2e server's database, as an editor would. */
export function runImport(files: Record<string, string>) {
  const result = spawnSync("npx", importArgs(files), { env: { ...process.env, ...E2E_ENV }, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As runImport, without blocking the test while the import runs: the browser can go on meanwhile. */
export function startImport(files: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return startScript(importArgs(files));
}

/** `npx ARGS` against the e2e server's database, its output collected; resolves when it exits. */
export function startScript(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn("npx", args, { env: { ...process.env, ...E2E_ENV } });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
