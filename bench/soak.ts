// npm run soak [-- --duration 60] [--writers 100] [--kill-at 30] [--no-build]
//
// Crash soak: builds into .next-soak, resets and seeds data/soak.db, starts
// `next start` on port 3400 and runs concurrent writers through the real
// pages as browsers without JavaScript (forum replies, mentorship messages,
// mentorship requests), SIGKILLs the server's whole process group midway,
// restarts it on the same database, lets the writers carry on, then, with
// the server stopped, checks that every acknowledged write is in the
// database and that PRAGMA integrity_check says ok. Prints the figures and
// writes bench/soak-results.json. Exits 1 when an acknowledged write is
// lost, the database is not sound, a 5xx came outside the kill window, or
// the run could not measure. See bench/README.md and bench/soak/writers.ts
// for what "acknowledged" means per kind.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "./soak/browser";
import { countBy, inKillWindow, percentile, Recorder, WRITE_KINDS, type Attempt, type KillWindow, type WriteKind } from "./soak/record";
import { stopOnSignal } from "./process-group";
import { assertPortFree, NextServer, sleep, waitPortFree } from "./soak/server";
import { inBatches, makeMentorship, planWriters, readCommunity, signInAll } from "./soak/setup";
import { checkDatabase, type DatabaseCheck } from "./soak/verify";
import { ForumAccounts, ForumWriter, MessageWriter, RequestWriter } from "./soak/writers";

const HOST = "127.0.0.1";
const PORT = 3400;
const ORIGIN = `http://${HOST}:${PORT}`;
const DIST_DIR = ".next-soak";
const DATABASE_PATH = "data/soak.db";
const RESULTS_FILE = path.join("bench", "soak-results.json");
/** How long to wait for writers still in flight at the deadline (a request times out after 30 s). */
const DRAIN_TIMEOUT_MS = 35_000;

// The soak's own environment: its database, build folder, port and secret,
// so it never touches the developer's app, the tests or the benchmark.
const soakEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_PATH,
  NEXT_DIST_DIR: DIST_DIR,
  SITE_URL: ORIGIN,
  PORT: String(PORT),
  NODE_ENV: "production",
  DEV_OUTBOX: "off",
  // A fresh secret per run, the same for both server starts: sessions signed
  // before the kill must still be valid after the restart.
  AUTH_SECRET: randomBytes(32).toString("base64url"),
};

interface Options {
  durationSeconds: number;
  writers: number;
  killAtSeconds: number;
  build: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      duration: { type: "string" },
      writers: { type: "string" },
      "kill-at": { type: "string" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const durationSeconds = Number(values.duration ?? "60");
  if (!Number.isFinite(durationSeconds) || durationSeconds < 4) throw new Error(`--duration must be a number of seconds >= 4, got "${values.duration}"`);
  const writers = Number(values.writers ?? "100");
  if (!Number.isInteger(writers) || writers < 3) throw new Error(`--writers must be a whole number >= 3, got "${values.writers}"`);
  const killAtSeconds = Number(values["kill-at"] ?? String(durationSeconds / 2));
  if (!Number.isFinite(killAtSeconds) || killAtSeconds <= 0 || killAtSeconds >= durationSeconds) {
    throw new Error(`--kill-at must be a number of seconds between 0 and --duration (${durationSeconds}), exclusive; got "${values["kill-at"]}"`);
  }
  return { durationSeconds, writers, killAtSeconds, build: !values["no-build"] };
}

function step(message: string): void {
  console.log(`\n==> ${message}`);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: soakEnv });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit code ${code}`})`))));
  });
}

// ---------------------------------------------------------------- servers

const servers: NextServer[] = [];

function startServer(): NextServer {
  const server = new NextServer(ORIGIN, soakEnv);
  servers.push(server);
  return server;
}

// Folders holding a crash image, removed whichever way the run ends.
const tempDirs: string[] = [];

let cleanupOnce: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleanupOnce ??= Promise.all(servers.map((s) => s.stop())).then(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
  return cleanupOnce;
}

// ---------------------------------------------------------------- report

interface KindFigures {
  attempted: number;
  acknowledged: number;
  found: number;
  lost: number;
  refused: number;
  errors: number;
  noAnswer: number;
  noAnswerWritten: number;
  refusedButWritten: number;
  errorButWritten: number;
  duplicates: number;
  acknowledgedBeforeKill: number;
  foundInCrashImage: number;
  p50Ms: number | null;
  p99Ms: number | null;
  lostMarkers: string[];
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** The figures of some attempts against the markers found after the run (`found`) and in the crash image (`inCrash`). */
function figuresOf(attempts: Attempt[], found: Map<string, number>, inCrash: Map<string, number>, window: KillWindow): KindFigures {
  const acked = attempts.filter((a) => a.outcome === "acknowledged");
  const lost = acked.filter((a) => !found.has(a.marker));
  const beforeKill = acked.filter((a) => a.endedAt < window.killedAt);
  const noAnswer = attempts.filter((a) => a.outcome === "no-answer");
  const ms = acked.map((a) => a.ms);
  return {
    attempted: attempts.length,
    acknowledged: acked.length,
    found: acked.length - lost.length,
    lost: lost.length,
    refused: attempts.filter((a) => a.outcome === "refused").length,
    errors: attempts.filter((a) => a.outcome === "error").length,
    noAnswer: noAnswer.length,
    noAnswerWritten: noAnswer.filter((a) => found.has(a.marker)).length,
    refusedButWritten: attempts.filter((a) => a.outcome === "refused" && found.has(a.marker)).length,
    errorButWritten: attempts.filter((a) => a.outcome === "error" && found.has(a.marker)).length,
    duplicates: [...found.values()].filter((n) => n > 1).length,
    acknowledgedBeforeKill: beforeKill.length,
    foundInCrashImage: beforeKill.filter((a) => inCrash.has(a.marker)).length,
    p50Ms: round1(percentile(ms, 0.5)),
    p99Ms: round1(percentile(ms, 0.99)),
    lostMarkers: lost.map((a) => a.marker),
  };
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtMs = (n: number | null) => (n === null ? "-" : `${Math.round(n)} ms`);

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const options = readOptions();
  await assertPortFree(HOST, PORT);

  step(`Resetting ${DATABASE_PATH} and seeding it (npx tsx db/scripts/seed.ts, the default seed)`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DATABASE_PATH}${suffix}`, { force: true });
  await run("npx", ["tsx", "db/scripts/seed.ts"]);

  if (!options.build && existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
    step(`Skipping the build (--no-build): using the existing ${DIST_DIR}`);
  } else {
    step(`Building into ${DIST_DIR} (npx next build)`);
    await run("npx", ["next", "build"]);
  }

  const community = readCommunity(DATABASE_PATH);
  const plan = planWriters(community, options.writers);
  const members = [...community.mentors, ...community.learners];

  step(`Starting next start on ${ORIGIN} (NODE_ENV=production, DEV_OUTBOX=off, ${DATABASE_PATH}, ${DIST_DIR})`);
  let server = startServer();
  await server.waitForHealth();
  console.log("ready: /api/health answers ok");

  step(`Signing in ${members.length} members (Auth.js CSRF + credentials, 3 at a time; each keeps its cookies for the run)`);
  const signInStarted = Date.now();
  const browsers = await signInAll(ORIGIN, members);
  const signedIn = await Promise.all([...browsers.values()].map((b) => b.whoAmI()));
  if (signedIn.some((h) => h === null)) throw new Error(`${signedIn.filter((h) => h === null).length} sessions not valid right after sign-in`);
  console.log(`${browsers.size} members signed in (${seconds(Date.now() - signInStarted)}); /api/me knows each of them`);
  const browserOf = (email: string): Browser => browsers.get(email)!;

  step(`Setup through the pages: ${plan.pairs.length} mentorships for the message writers (learner sends a request, mentor accepts it)`);
  const mentorshipIds = await inBatches(plan.pairs, 3, (p) => makeMentorship(browserOf(p.learner.email), browserOf(p.mentor.email), p.mentor.handle, `${p.learner.handle} with ${p.mentor.handle}`));
  console.log(`mentorships ${mentorshipIds.join(", ")} active`);

  const runId = Date.now().toString(36);
  const recorder = new Recorder();
  const startedAt = Date.now();
  const deadline = startedAt + options.durationSeconds * 1000;
  const ctx = { runId, deadline, recorder };
  const forumAccounts = new ForumAccounts([...browsers.values()]);
  let id = 0;
  const writers = [
    ...Array.from({ length: plan.forumWriters }, () => new ForumWriter(id++, ctx, forumAccounts, community.threadIds)),
    ...plan.messageWriters.map((w) => {
      const pair = plan.pairs[w.pair]!;
      return new MessageWriter(id++, ctx, browserOf(w.side === "learner" ? pair.learner.email : pair.mentor.email), mentorshipIds[w.pair]!);
    }),
    ...plan.requestWriters.map((w) => new RequestWriter(id++, ctx, browserOf(w.learner.email), w.mentors)),
  ];
  step(
    `Writing: ${writers.length} writers (${plan.forumWriters} forum replies over ${community.threadIds.length} threads and ${browsers.size} accounts, ` +
      `${plan.messageWriters.length} messages in ${plan.pairs.length} mentorships, ${plan.requestWriters.length} requests) for ${options.durationSeconds} s; ` +
      `SIGKILL at ${options.killAtSeconds} s; run id ${runId}`,
  );
  const writing = Promise.all(writers.map((w) => w.run()));
  // A writer that throws (not a network error: a bug here) ends the run at once.
  writing.catch(() => undefined);

  await Promise.race([sleep(startedAt + options.killAtSeconds * 1000 - Date.now()), writing]);
  const ackedBeforeKill = recorder.attempts.filter((a) => a.outcome === "acknowledged" && a.kind !== "withdraw").length;
  const killedAt = Date.now();
  await server.crash();
  const deadAt = Date.now();
  console.log(`+${seconds(killedAt - startedAt)}: SIGKILL to process group ${server.pid} (${ackedBeforeKill} writes acknowledged so far); group gone after ${deadAt - killedAt} ms`);

  // The crash image: the files exactly as the kill left them, copied before
  // anything opens them, checked after the run.
  const crashDir = mkdtempSync(path.join(os.tmpdir(), "tandem-soak-crash-"));
  tempDirs.push(crashDir);
  const crashDb = path.join(crashDir, "soak.db");
  for (const suffix of ["", "-wal"]) if (existsSync(`${DATABASE_PATH}${suffix}`)) copyFileSync(`${DATABASE_PATH}${suffix}`, `${crashDb}${suffix}`);

  await waitPortFree(HOST, PORT);
  const restartAt = Date.now();
  server = startServer();
  const { listeningAt, healthyAt: readyAt } = await server.waitUntilReady();
  const window: KillWindow = { killedAt, readyAt };
  console.log(
    `+${seconds(restartAt - startedAt)}: next start again; +${seconds(listeningAt - startedAt)}: port open; +${seconds(readyAt - startedAt)}: /api/health ok (outage ${seconds(readyAt - killedAt)})`,
  );

  const afterRestart = await Promise.all([...browsers.values()].map((b) => b.whoAmI().catch(() => null)));
  const sessionsValid = afterRestart.filter((h) => h !== null).length;
  console.log(`sessions after the restart: ${sessionsValid} of ${browsers.size} still signed in (/api/me with the cookies from before the kill)`);

  let drainTimer: NodeJS.Timeout | undefined;
  const drainLimit = new Promise<never>((_, reject) => {
    drainTimer = setTimeout(() => reject(new Error(`writers still running ${DRAIN_TIMEOUT_MS / 1000} s after the deadline`)), deadline - Date.now() + DRAIN_TIMEOUT_MS);
  });
  await Promise.race([writing, drainLimit]).finally(() => clearTimeout(drainTimer));
  const endedAt = Date.now();
  console.log(`+${seconds(endedAt - startedAt)}: every writer done`);

  step("Stopping the server (SIGTERM to its process group), then checking the database");
  await server.stop();
  const stderr = servers.flatMap((s) => s.stderr);

  const check = checkDatabase(DATABASE_PATH, runId);
  const crash = checkDatabase(crashDb, runId);

  // ------------------------------------------------------------ figures
  const attemptsOf = (kind: string) => recorder.attempts.filter((a) => a.kind === kind);
  const byKind = Object.fromEntries(WRITE_KINDS.map((k) => [k, figuresOf(attemptsOf(k), check.markers[k], crash.markers[k], window)])) as Record<WriteKind, KindFigures>;
  // Markers are unique across kinds (the writer's number is in each), so the totals can use all of them at once.
  const all = (c: DatabaseCheck) => new Map(WRITE_KINDS.flatMap((k) => [...c.markers[k]]));
  const total = figuresOf(
    recorder.attempts.filter((a) => a.kind !== "withdraw"),
    all(check),
    all(crash),
    window,
  );
  const withdrawals = attemptsOf("withdraw");
  const withdrawAcked = withdrawals.filter((a) => a.outcome === "acknowledged");
  const withdrawLost = withdrawAcked.filter((a) => check.requestStatus.get(a.id ?? -1) !== "withdrawn");

  const refusals = countBy(
    recorder.attempts.filter((a) => a.outcome === "refused"),
    (a) => a.detail ?? "?",
  );
  type ErrorEvent = { label: string; startedAt: number; endedAt: number; status?: number };
  const errorEvents: ErrorEvent[] = [
    ...recorder.attempts.filter((a) => a.outcome === "error" || a.outcome === "no-answer").map((a) => ({ label: `${a.detail} (form post)`, startedAt: a.startedAt, endedAt: a.endedAt, status: a.status })),
    ...recorder.pageErrors.map((e) => ({ label: `${e.errorKind} (page load)`, startedAt: e.startedAt, endedAt: e.endedAt, status: e.status })),
  ];
  const during = errorEvents.filter((e) => inKillWindow(window, e.startedAt, e.endedAt));
  const outside = errorEvents.filter((e) => !inKillWindow(window, e.startedAt, e.endedAt));
  const errorsDuring = countBy(during, (e) => e.label);
  const errorsOutside = countBy(outside, (e) => e.label);
  const fiveXxOutside = outside.filter((e) => (e.status ?? 0) >= 500).length;
  const fiveXxDuring = during.filter((e) => (e.status ?? 0) >= 500).length;
  const integrityOk = check.integrity.length === 1 && check.integrity[0] === "ok";
  const crashIntegrityOk = crash.integrity.length === 1 && crash.integrity[0] === "ok";
  const lostInCrash = total.acknowledgedBeforeKill - total.foundInCrashImage;

  // ------------------------------------------------------------ print
  const wallSeconds = (endedAt - startedAt) / 1000;
  step(`Results: ${writers.length} writers for ${options.durationSeconds} s, run id ${runId}`);
  console.log(
    `kill: SIGKILL at +${seconds(killedAt - startedAt)}, restarted at +${seconds(restartAt - startedAt)}, port open at +${seconds(listeningAt - startedAt)}, /api/health ok at +${seconds(readyAt - startedAt)} (kill window ${seconds(readyAt - killedAt)})`,
  );
  console.log("");
  const names: Record<WriteKind, string> = { forum: "forum replies", message: "messages", request: "requests" };
  table(
    ["writes", "attempted", "acknowledged", "found", "lost", "refused", "errors", "no answer", "(of which written)", "p50", "p99"],
    [...WRITE_KINDS.map((k) => [names[k], byKind[k]] as const), ["total", total] as const].map(([name, f]) => [
      name,
      String(f.attempted),
      String(f.acknowledged),
      String(f.found),
      String(f.lost),
      String(f.refused),
      String(f.errors),
      String(f.noAnswer),
      String(f.noAnswerWritten),
      fmtMs(f.p50Ms),
      fmtMs(f.p99Ms),
    ]),
  );
  console.log(`\nacknowledged writes per second: ${(total.acknowledged / wallSeconds).toFixed(1)} (latency: POST sent to last byte of the answer)`);
  console.log(`withdrawals (keeping learners under 5 open requests): ${withdrawals.length} attempted, ${withdrawAcked.length} acknowledged, ${withdrawAcked.length - withdrawLost.length} found withdrawn, ${withdrawLost.length} lost`);
  console.log(`crash image (files copied between the kill and the restart): ${total.foundInCrashImage} of ${total.acknowledgedBeforeKill} writes acknowledged before the kill present; integrity_check ${crash.integrity.join("; ")}`);
  console.log(`database after the run: integrity_check ${check.integrity.join("; ")}; foreign_key_check ${check.foreignKeyViolations} violations`);
  console.log(`refused but written: ${total.refusedButWritten}; error but written: ${total.errorButWritten}; markers written twice: ${total.duplicates}`);
  console.log(`sessions after the restart: ${sessionsValid} of ${browsers.size} valid${sessionsValid < browsers.size ? " (WARNING: sessions signed before the kill should survive it)" : ""}`);

  console.log("\nrefusals by reason (answers of the app's limits; nothing written):");
  if (Object.keys(refusals).length === 0) console.log("  none");
  for (const [reason, n] of Object.entries(refusals)) console.log(`  ${String(n).padStart(6)}  ${reason}`);
  const blocked = Object.fromEntries([...recorder.blocked].sort((a, b) => b[1] - a[1]));
  if (Object.keys(blocked).length > 0) {
    console.log("request pages that showed no form (the page said why; no POST sent):");
    for (const [reason, n] of Object.entries(blocked)) console.log(`  ${String(n).padStart(6)}  ${reason}`);
  }

  console.log(`\nerrors during the kill window (in flight at the SIGKILL, or sent before the restarted server was ready): ${during.length}`);
  for (const [label, n] of Object.entries(errorsDuring)) console.log(`  ${String(n).padStart(6)}  ${label}`);
  console.log(`errors outside the kill window: ${outside.length}`);
  for (const [label, n] of Object.entries(errorsOutside)) console.log(`  ${String(n).padStart(6)}  ${label}`);
  console.log(`page loads: ${recorder.pageLoads}`);

  if (stderr.length > 0) {
    console.log(`\nthe server wrote ${stderr.length} lines to stderr; the last ones:`);
    for (const line of stderr.slice(-30)) console.log(`    ${line}`);
  }
  if (total.lostMarkers.length > 0) console.log(`\nLOST (acknowledged, not in the database): ${total.lostMarkers.join(", ")}`);
  if (withdrawLost.length > 0) console.log(`LOST withdrawals (acknowledged, request not withdrawn): ${withdrawLost.map((a) => a.id).join(", ")}`);

  const failures: string[] = [];
  if (total.lost > 0) failures.push(`${total.lost} acknowledged writes lost`);
  if (withdrawLost.length > 0) failures.push(`${withdrawLost.length} acknowledged withdrawals lost`);
  if (lostInCrash > 0) failures.push(`${lostInCrash} writes acknowledged before the kill missing from the crash image`);
  if (!integrityOk) failures.push(`integrity_check: ${check.integrity.join("; ")}`);
  if (!crashIntegrityOk) failures.push(`crash image integrity_check: ${crash.integrity.join("; ")}`);
  if (fiveXxOutside > 0) failures.push(`${fiveXxOutside} 5xx answers outside the kill window`);
  for (const k of WRITE_KINDS) if (byKind[k].acknowledged === 0) failures.push(`no ${names[k]} acknowledged: nothing measured`);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown" },
    options: { durationSeconds: options.durationSeconds, writers: options.writers, killAtSeconds: options.killAtSeconds },
    runId,
    origin: ORIGIN,
    writers: { forum: plan.forumWriters, message: plan.messageWriters.length, request: plan.requestWriters.length, accounts: browsers.size, mentorships: mentorshipIds, threads: community.threadIds.length },
    kill: {
      killedAtSeconds: (killedAt - startedAt) / 1000,
      groupGoneMs: deadAt - killedAt,
      restartedAtSeconds: (restartAt - startedAt) / 1000,
      listeningAtSeconds: (listeningAt - startedAt) / 1000,
      readyAtSeconds: (readyAt - startedAt) / 1000,
      outageSeconds: (readyAt - killedAt) / 1000,
      acknowledgedBeforeKill: total.acknowledgedBeforeKill,
      foundInCrashImage: total.foundInCrashImage,
      crashImageIntegrity: crash.integrity,
      sessionsValidAfterRestart: sessionsValid,
      sessions: browsers.size,
    },
    writes: { ...byKind, total },
    acknowledgedPerSecond: total.acknowledged / wallSeconds,
    withdrawals: { attempted: withdrawals.length, acknowledged: withdrawAcked.length, lost: withdrawLost.map((a) => a.id) },
    refusals,
    requestPagesBlocked: blocked,
    errors: { duringKillWindow: errorsDuring, outsideKillWindow: errorsOutside, fiveXxDuringKillWindow: fiveXxDuring, fiveXxOutsideKillWindow: fiveXxOutside },
    pageLoads: recorder.pageLoads,
    database: { integrity: check.integrity, foreignKeyViolations: check.foreignKeyViolations },
    serverStderrLines: stderr.length,
    serverStderrTail: stderr.slice(-30),
    pass: failures.length === 0,
    failures,
  };
  writeFileSync(RESULTS_FILE, JSON.stringify(report, null, 2) + "\n");
  console.log(`\nWrote ${RESULTS_FILE}`);
  if (failures.length > 0) {
    console.log(`\nFAIL: ${failures.join("; ")}`);
    return 1;
  }
  console.log("\nPASS: no acknowledged write lost, integrity ok, no 5xx outside the kill window");
  return 0;
}

stopOnSignal(cleanup, "the server");

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\nSoak failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
