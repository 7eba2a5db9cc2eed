// npm run bench [-- --duration N] [--no-build] [--mentors N --learners M] [--threads T --posts P]
//
// Builds and starts the app in production mode on its own database and build
// folder, loads three pages with autocannon beside two references measured in
// the same run (an empty static page of the same build, and a bare node:http
// server returning the article's HTML from memory), compares the article
// page's first-load JavaScript with an empty page's, then loads the mentor
// directory (two filters), a signed-in learner's /match and, anonymously, a
// forum category, the first page of the 200-post benchmark thread and forum
// search beside the empty page at 20 connections, times the matching score
// (bench/match-score.ts), times the admin dashboard signed in as the demo
// admin (bench/admin-page-timing.ts), and writes everything to bench/results.json. See
// bench/README.md.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { timePage, type PageTiming } from "./admin-page-timing";
import { groupAlive, signalGroup, stopOnSignal } from "./process-group";

const HOST = "127.0.0.1";
// BENCH_PORT lets a second checkout run the bench beside another server.
const NEXT_PORT = Number(process.env.BENCH_PORT) || 3200;
const BARE_PORT = NEXT_PORT + 1;
const NEXT_ORIGIN = `http://${HOST}:${NEXT_PORT}`;
const BARE_ORIGIN = `http://${HOST}:${BARE_PORT}`;
// The article phase; the community phase (mentors, /match) uses its own.
const CONNECTIONS = 50;
const COMMUNITY_CONNECTIONS = 20;
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 3_000;

const DIST_DIR = ".next-bench";
const DATABASE_PATH = "data/bench.db";
const RESULTS_FILE = path.join("bench", "results.json");

const EMPTY_PATH = "/bench/empty";
// The floor for pages rendered per request (search): an empty page that reads
// its query string, so it cannot be prerendered. Shown for context, not a target.
const EMPTY_DYNAMIC_PATH = "/bench/dynamic?q=x";
const LIST_PATH = "/articles";
const SEARCH_PATH = "/search?q=mentorship";
const PREFERRED_ARTICLE_PATH = "/articles/the-role-of-mentorship-in-career-development";
// Matches one article; /articles/topic/x and /articles/page/2 have a second segment.
const ARTICLE_PATH_RE = /^\/articles\/[a-z0-9-]+$/;
// The directory with two filters, anonymous; /match as the seeded demo learner.
const MENTORS_PATH = "/mentors?language=Spanish&accepting=1";
const MATCH_PATH = "/match";
const MATCH_MARKER = "mentors ranked";
const DEMO_LEARNER = { email: "learner@example.com", password: "tandem-demo-password" };
// The admin dashboard, signed in as the demo admin: a latency target.
const DEMO_ADMIN = { email: "admin@example.com", password: "tandem-demo-password" };
const ADMIN_PATH = "/admin";
const ADMIN_MARKER = "Sign-ups per week";
const MAX_ADMIN_MS = 300;
const SESSION_COOKIE = "authjs.session-token";
// The forum, anonymous (each served from Next's cache through proxy.ts): the
// category of the seed's 200-post "Benchmark: …" thread, that thread's first
// page, and a search.
const BENCHMARK_TITLE_PREFIX = "Benchmark: ";
const FORUM_SEARCH_PATH = "/forum/search?q=mentorship";
const FORUM_SEARCH_MARKER = "threads match";

// The benchmark's own environment, so it never touches the developer's app.
const benchEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_PATH,
  NEXT_DIST_DIR: DIST_DIR,
  SITE_URL: NEXT_ORIGIN,
  PORT: String(NEXT_PORT),
  NODE_ENV: "production",
};

// ---------------------------------------------------------------- types

type TargetKey = "emptyStatic" | "emptyDynamic" | "bareNode" | "article" | "list" | "search";
type PageKey = "article" | "list" | "search";
type CommunityKey = "emptyStatic" | CommunityPageKey;
type CommunityPageKey = "mentors" | "match" | "forumCategory" | "forumThread" | "forumSearch";

interface Target<K extends string = TargetKey> {
  key: K;
  label: string;
  origin: string;
  path: string;
  // Sent with every request (the signed-in learner's cookies for /match).
  headers?: Record<string, string>;
}

interface LoadResult {
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface Ratio {
  vsEmptyStatic: number;
  vsBareNode: number;
}

// The community phase has no bare-server reference.
interface CommunityRatio {
  vsEmptyStatic: number;
}

interface MatchScore {
  medianMs: number;
  minMs: number;
  maxMs: number;
  mentors: number;
  ranked: number;
  runs: number;
}

interface ScriptSize {
  src: string;
  bytes: number;
  gzipBytes: number;
}

interface FirstLoadJs {
  scripts: ScriptSize[];
  gzipBytes: number;
  inlineGzipBytes: number;
}

interface TargetCheck {
  name: string;
  value: number;
  target: number;
  pass: boolean;
}

interface Options {
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  build: boolean;
  mentors: number;
  learners: number;
  threads: number;
  posts: number;
}

// The seeded benchmark thread and its category, read from the database.
interface ForumBenchmark {
  threadId: number;
  title: string;
  postCount: number;
  categorySlug: string;
  categoryName: string;
}

// ---------------------------------------------------------------- output

function step(message: string): void {
  console.log(`\n==> ${message}`);
}

const warnings: string[] = [];

function warn(message: string): void {
  warnings.push(message);
  console.warn(`WARNING: ${message}`);
}

// ---------------------------------------------------------------- options

function seconds(flag: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} must be a whole number of seconds >= 1, got "${raw}"`);
  return value;
}

function count(flag: string, raw: string, min: number): number {
  // Digits only, as db/scripts/seed.ts accepts them.
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min)) throw new Error(`--${flag} must be a whole number >= ${min}, got "${raw}"`);
  return value;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      duration: { type: "string" },
      warmup: { type: "string" },
      rounds: { type: "string" },
      "no-build": { type: "boolean", default: false },
      mentors: { type: "string" },
      learners: { type: "string" },
      threads: { type: "string" },
      posts: { type: "string" },
    },
  });
  return {
    durationSeconds: seconds("duration", values.duration ?? process.env.BENCH_DURATION ?? "5"),
    rounds: seconds("rounds", values.rounds ?? process.env.BENCH_ROUNDS ?? "3"),
    warmupSeconds: seconds("warmup", values.warmup ?? process.env.BENCH_WARMUP ?? "8"),
    build: !values["no-build"],
    mentors: count("mentors", values.mentors ?? process.env.BENCH_MENTORS ?? "10000", 1),
    learners: count("learners", values.learners ?? process.env.BENCH_LEARNERS ?? "50000", 0),
    threads: count("threads", values.threads ?? process.env.BENCH_THREADS ?? "5000", 1),
    posts: count("posts", values.posts ?? process.env.BENCH_POSTS ?? "100000", 1),
  };
}

// ---------------------------------------------------------------- processes

// Runs a command to completion with its output shown, failing on a non-zero exit.
function runCommand(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: benchEnv });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

// Runs a command to completion and returns its standard output (its standard
// error is shown), failing on a non-zero exit.
function captureCommand(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"], env: benchEnv });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(Buffer.concat(chunks).toString("utf8"));
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Fails when something already answers on a port: a leftover server there
// would be measured instead of this build, and would answer the health check.
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: HOST, port });
    socket.once("connect", () => {
      socket.destroy();
      reject(new Error(`port ${port} is already in use; stop whatever listens there and retry`));
    });
    socket.once("error", () => resolve());
  });
}

// npm's own notices (e.g. about the user's npmrc) are not the server's output.
function serverLines(chunk: Buffer): string[] {
  return chunk
    .toString("utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("npm warn"));
}

// Keeps the last lines the server wrote, to show them when it fails.
class OutputTail {
  private lines: string[] = [];
  constructor(private readonly max: number) {}
  push(lines: string[]): void {
    this.lines.push(...lines);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }
  text(): string {
    return this.lines.map((l) => `    ${l}`).join("\n");
  }
}

// ---------------------------------------------------------------- next server

interface NextServer {
  child: ChildProcess;
  output: OutputTail;
  stderrLines: number;
}

// `npx next start` runs next-server as a grandchild; starting it detached puts
// the whole tree in its own process group so that stopServer can signal all of
// it (signalling npx alone would leave next-server running).
function startServer(): NextServer {
  const child = spawn("npx", ["next", "start"], { detached: true, env: benchEnv, stdio: ["ignore", "pipe", "pipe"] });
  const server: NextServer = { child, output: new OutputTail(40), stderrLines: 0 };
  // The pipes must be drained or the server blocks once their buffer fills.
  child.stdout?.on("data", (chunk: Buffer) => server.output.push(serverLines(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => {
    const lines = serverLines(chunk);
    server.stderrLines += lines.length;
    server.output.push(lines);
  });
  return server;
}

async function stopServer(server: NextServer): Promise<void> {
  const pid = server.child.pid;
  if (pid === undefined || !groupAlive(pid)) return;
  signalGroup(pid, "SIGTERM");
  const deadline = Date.now() + STOP_GRACE_MS;
  while (Date.now() < deadline && groupAlive(pid)) await sleep(100);
  if (groupAlive(pid)) {
    console.warn("next start did not stop within 3 s of SIGTERM; sending SIGKILL");
    signalGroup(pid, "SIGKILL");
  }
}

async function waitForHealth(server: NextServer): Promise<number> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { exitCode, signalCode } = server.child;
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`next start exited (${signalCode ?? `code ${exitCode}`}) before it was ready:\n${server.output.text()}`);
    }
    try {
      const response = await fetch(`${NEXT_ORIGIN}/api/health`, { signal: AbortSignal.timeout(2_000) });
      const body = (await response.json()) as { ok?: unknown; articles?: unknown };
      if (response.ok && body.ok === true) return typeof body.articles === "number" ? body.articles : 0;
    } catch {
      // Not listening yet, or still booting: try again.
    }
    await sleep(500);
  }
  throw new Error(`server not ready within ${READY_TIMEOUT_MS / 1000} s:\n${server.output.text()}`);
}

// ---------------------------------------------------------------- bare node:http reference

// The machine's limit: the same bytes, with no framework between socket and response.
function startBareServer(html: Buffer): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
    res.end(html);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(BARE_PORT, HOST, () => resolve(server));
  });
}

function closeBareServer(server: http.Server): Promise<void> {
  // Keep-alive sockets left by autocannon would otherwise hold close() open.
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

// ---------------------------------------------------------------- pages

async function fetchOk(url: string): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}, expected 200`);
  return body;
}

// Picks an article linked from the list, so the benchmark follows the seed data.
async function findArticlePath(): Promise<string> {
  const html = (await fetchOk(`${NEXT_ORIGIN}${LIST_PATH}`)).toString("utf8");
  const hrefs = [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/gi)].map((m) => m[1] ?? "");
  const articles = hrefs.filter((href) => ARTICLE_PATH_RE.test(href) && !/^\/articles\/(topic|page)$/.test(href));
  if (articles.includes(PREFERRED_ARTICLE_PATH)) return PREFERRED_ARTICLE_PATH;
  const first = articles[0];
  if (!first) throw new Error(`no article link found on ${LIST_PATH}`);
  return first;
}

// The seed's "Benchmark: …" thread (exactly 200 posts when the post budget
// allows) and its category, read from the database before the server starts.
function findForumBenchmark(): ForumBenchmark {
  const db = new Database(DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT t.id AS threadId, t.title, t.post_count AS postCount, c.slug AS categorySlug, c.name AS categoryName
         FROM forum_threads t JOIN forum_categories c ON c.id = t.category_id
         WHERE t.title LIKE ? AND t.hidden_at IS NULL AND t.deleted_at IS NULL ORDER BY t.id LIMIT 1`,
      )
      .get(`${BENCHMARK_TITLE_PREFIX}%`) as ForumBenchmark | undefined;
    if (!row) throw new Error(`no "${BENCHMARK_TITLE_PREFIX}…" thread in ${DATABASE_PATH}: the seed makes it when --posts ≥ --threads + 199`);
    return row;
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------- sign-in

// name=value of each Set-Cookie, later ones replacing earlier ones, as a browser keeps them.
function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";", 1)[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

// Signs in as a browser does with Auth.js: the CSRF token (and its cookie),
// then the credentials form, without following the redirect. Returns the
// Cookie header that carries the session.
async function signIn(email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${NEXT_ORIGIN}/api/auth/csrf`, { signal: AbortSignal.timeout(30_000) });
  if (csrfResponse.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrfResponse.status}, expected 200`);
  keepCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken?: unknown };
  if (typeof csrfToken !== "string" || csrfToken === "") throw new Error("GET /api/auth/csrf returned no csrfToken");

  const response = await fetch(`${NEXT_ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }).toString(),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  await response.arrayBuffer();
  keepCookies(jar, response);
  if (!jar.get(SESSION_COOKIE)) {
    const location = response.headers.get("location");
    throw new Error(`signing in as ${email} gave no ${SESSION_COOKIE} cookie (POST /api/auth/callback/credentials answered ${response.status}${location ? `, redirecting to ${location}` : ""})`);
  }
  return cookieHeader(jar);
}

// A 200, not a redirect followed to one (to the sign-in page, say), with the
// expected words in the body when given.
async function assertPage(target: Target<string>, mustContain?: string): Promise<void> {
  const url = urlOf(target);
  const response = await fetch(url, { headers: target.headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  if (response.status !== 200) {
    const location = response.headers.get("location");
    throw new Error(`GET ${url} answered ${response.status}${location ? ` (to ${location})` : ""}, expected 200`);
  }
  if (mustContain !== undefined && !body.includes(mustContain)) throw new Error(`GET ${url} answered 200 without "${mustContain}" in its ${body.length} characters`);
  // x-nextjs-cache (HIT, MISS, STALE) says the page came through Next's cache.
  const cache = response.headers.get("x-nextjs-cache");
  console.log(`200 ${target.path} (${Buffer.byteLength(body)} bytes${mustContain !== undefined ? `, contains "${mustContain}"` : ""}${cache ? `, x-nextjs-cache ${cache}` : ""})`);
}

// ---------------------------------------------------------------- matching score

// bench/match-score.ts in its own process, so that the timing sees neither
// this process's load generator nor a warm server.
async function timeMatchScore(mentors: number): Promise<MatchScore> {
  const stdout = await captureCommand("npx", ["tsx", "bench/match-score.ts", "--json", "--mentors", String(mentors)]);
  const line = stdout.split("\n").reverse().find((l) => l.trim().startsWith("{"));
  if (!line) throw new Error(`bench/match-score.ts printed no JSON line:\n${stdout}`);
  const parsed = JSON.parse(line) as Partial<MatchScore>;
  const { medianMs, minMs, maxMs, ranked, runs } = parsed;
  if (![medianMs, minMs, maxMs, ranked, runs, parsed.mentors].every((n) => typeof n === "number" && Number.isFinite(n))) {
    throw new Error(`bench/match-score.ts printed an unexpected line: ${line}`);
  }
  return parsed as MatchScore;
}

// ---------------------------------------------------------------- load

// The headers option is autocannon's own; bench/autocannon.d.ts does not declare it.
type LoadOptions = autocannon.Options & { headers?: Record<string, string> };

async function load(url: string, durationSeconds: number, connections: number, headers?: Record<string, string>): Promise<autocannon.Result> {
  const options: LoadOptions = { url, connections, duration: durationSeconds, pipelining: 1, headers };
  return autocannon(options);
}

function urlOf(target: Target<string>): string {
  return `${target.origin}${target.path}`;
}

// The first seconds pay for JIT and caches; they are not what is measured.
async function warmUp(target: Target<string>, warmupSeconds: number, connections: number): Promise<void> {
  console.log(`${target.label.padEnd(14)} ${urlOf(target)}: warm-up ${warmupSeconds} s`);
  await load(urlOf(target), warmupSeconds, connections, target.headers);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// The median of the rounds, errors summed: one slow round (a GC storm, the
// other core busy) does not decide a ratio.
function combineRounds(rounds: LoadResult[]): LoadResult {
  return {
    path: rounds[0]!.path,
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    timeouts: rounds.reduce((n, r) => n + r.timeouts, 0),
  };
}

async function measure(target: Target<string>, durationSeconds: number, round: number, connections: number): Promise<LoadResult> {
  const url = urlOf(target);
  console.log(`${target.label.padEnd(14)} ${url}: round ${round}, ${durationSeconds} s`);
  const result = await load(url, durationSeconds, connections, target.headers);
  const measured: LoadResult = {
    path: target.path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
  if (measured.non2xx > 0 || measured.errors > 0) {
    warn(`${target.label} (${url}): ${measured.non2xx} non-2xx responses, ${measured.errors} errors (${measured.timeouts} timeouts)`);
  }
  console.log(`${"".padEnd(14)} ${fmtRate(measured.requestsPerSecond)} req/s, p99 ${measured.p99} ms`);
  return measured;
}

// Every target is warmed before any is measured: the server's code paths are
// largely shared, so warming each just before its own run would leave the
// first one measured (the empty page, the floor) colder than the rest.
// Then one at a time: run side by side they would share the two cores and
// measure each other. Rounds interleave the targets, so a server that keeps
// warming up (or a noisy neighbour) affects every target alike instead of the
// first or last.
async function runPhase<K extends string>(targets: Target<K>[], connections: number, options: Options): Promise<Record<K, LoadResult>> {
  for (const target of targets) await warmUp(target, options.warmupSeconds, connections);
  const rounds = new Map<K, LoadResult[]>(targets.map((t) => [t.key, []]));
  for (let round = 1; round <= options.rounds; round++) {
    for (const target of targets) rounds.get(target.key)!.push(await measure(target, options.durationSeconds, round, connections));
  }
  const results = {} as Record<K, LoadResult>;
  for (const target of targets) results[target.key] = combineRounds(rounds.get(target.key)!);
  return results;
}

function ratioOf(page: LoadResult, emptyStatic: LoadResult, bareNode: LoadResult): Ratio {
  return {
    vsEmptyStatic: page.requestsPerSecond / emptyStatic.requestsPerSecond,
    vsBareNode: page.requestsPerSecond / bareNode.requestsPerSecond,
  };
}

// ---------------------------------------------------------------- first-load JavaScript

interface ScriptTag {
  src?: string;
  body: string;
}

function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

// JSON-LD and other data blocks are not JavaScript the browser runs.
function isJavaScript(attributes: string): boolean {
  const type = /\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === "" || type === "module" || type === "text/javascript" || type === "application/javascript";
}

function parseScripts(html: string): ScriptTag[] {
  const tags: ScriptTag[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    // noModule scripts (Next's legacy polyfills) are skipped by every browser
    // that runs modules, so no current visitor downloads them.
    if (!isJavaScript(attributes) || /\bnomodule\b/i.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    tags.push({ src: src === undefined ? undefined : decodeAttribute(src), body: match[2] ?? "" });
  }
  return tags;
}

function gzipSize(data: Buffer | string): number {
  return zlib.gzipSync(data, { level: 9 }).length;
}

async function firstLoadJs(pagePath: string): Promise<FirstLoadJs> {
  const html = (await fetchOk(`${NEXT_ORIGIN}${pagePath}`)).toString("utf8");
  const tags = parseScripts(html);
  const sources = [...new Set(tags.flatMap((t) => (t.src === undefined ? [] : [t.src])))];
  const scripts: ScriptSize[] = [];
  for (const src of sources) {
    const url = new URL(src, NEXT_ORIGIN);
    if (url.origin !== NEXT_ORIGIN) {
      warn(`${pagePath} loads a script from another origin, not counted: ${url.href}`);
      continue;
    }
    const body = await fetchOk(url.href);
    scripts.push({ src, bytes: body.length, gzipBytes: gzipSize(body) });
  }
  // Inline scripts travel inside the HTML, which is compressed as one stream,
  // so they are gzipped together rather than one by one.
  const inline = tags.filter((t) => t.src === undefined).map((t) => t.body).join("\n");
  return {
    scripts,
    gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
    inlineGzipBytes: inline === "" ? 0 : gzipSize(inline),
  };
}

// ---------------------------------------------------------------- targets

const MIN_RATIO: Record<PageKey, number> = { article: 0.85, list: 0.5, search: 0.5 };
const MAX_P99_MS = 150;
const MAX_EXTRA_JS_BYTES = 20 * 1024;
const PAGE_KEYS: PageKey[] = ["article", "list", "search"];

function checkTargets(results: Record<TargetKey, LoadResult>, ratios: Record<PageKey, Ratio>, article: FirstLoadJs, empty: FirstLoadJs): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const key of PAGE_KEYS) {
    const value = ratios[key].vsEmptyStatic;
    checks.push({ name: `${key} throughput ≥ ${MIN_RATIO[key] * 100}% of empty static page`, value, target: MIN_RATIO[key], pass: value >= MIN_RATIO[key] });
  }
  for (const key of PAGE_KEYS) {
    const value = results[key].p99;
    checks.push({ name: `${key} p99 < ${MAX_P99_MS} ms at ${CONNECTIONS} connections`, value, target: MAX_P99_MS, pass: value < MAX_P99_MS });
  }
  const limit = empty.gzipBytes + MAX_EXTRA_JS_BYTES;
  checks.push({ name: `article first-load JS ≤ empty page's + ${MAX_EXTRA_JS_BYTES} B gzipped`, value: article.gzipBytes, target: limit, pass: article.gzipBytes <= limit });
  return checks;
}

// "Find a mentor": each page at least a quarter of the empty page's throughput
// and p99 under 300 ms, at 20 connections; the score under 20 ms.
const COMMUNITY_MIN_RATIO = 0.25;
const COMMUNITY_MAX_P99_MS = 300;
const MAX_SCORE_MS = 20;
const COMMUNITY_PAGE_KEYS: CommunityPageKey[] = ["mentors", "match", "forumCategory", "forumThread", "forumSearch"];
const COMMUNITY_NAMES: Record<CommunityPageKey, string> = {
  mentors: "mentors with two filters",
  match: "match",
  forumCategory: "forum category",
  forumThread: "forum thread (200 posts, first page)",
  forumSearch: "forum search",
};

function checkCommunity(results: Record<CommunityKey, LoadResult>, ratios: Record<CommunityPageKey, CommunityRatio>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const key of COMMUNITY_PAGE_KEYS) {
    const value = ratios[key].vsEmptyStatic;
    checks.push({ name: `${COMMUNITY_NAMES[key]} throughput ≥ ${COMMUNITY_MIN_RATIO * 100}% of empty static page at ${COMMUNITY_CONNECTIONS} connections`, value, target: COMMUNITY_MIN_RATIO, pass: value >= COMMUNITY_MIN_RATIO });
  }
  for (const key of COMMUNITY_PAGE_KEYS) {
    const value = results[key].p99;
    checks.push({ name: `${COMMUNITY_NAMES[key]} p99 < ${COMMUNITY_MAX_P99_MS} ms at ${COMMUNITY_CONNECTIONS} connections`, value, target: COMMUNITY_MAX_P99_MS, pass: value < COMMUNITY_MAX_P99_MS });
  }
  return checks;
}

function checkAdmin(t: PageTiming): TargetCheck {
  return { name: `admin dashboard rendered in < ${MAX_ADMIN_MS} ms (p95 of ${t.runs} sequential requests)`, value: t.p95Ms, target: MAX_ADMIN_MS, pass: t.p95Ms < MAX_ADMIN_MS };
}

function checkScore(score: MatchScore): TargetCheck {
  return { name: `score of one learner against ${score.mentors} mentors < ${MAX_SCORE_MS} ms (median)`, value: score.medianMs, target: MAX_SCORE_MS, pass: score.medianMs < MAX_SCORE_MS };
}

// ---------------------------------------------------------------- report

function fmtRate(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

function fmtPct(n: number): string {
  return `${(n * 100).toFixed(1)}%`;
}

function fmtBytes(n: number): string {
  return `${n.toLocaleString("en-US")} B (${(n / 1024).toFixed(1)} KB)`;
}

function printTable<K extends string>(targets: Target<K>[], results: Record<K, LoadResult>, ratios: Partial<Record<K, CommunityRatio & Partial<Ratio>>>): void {
  const header = ["target", "path", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "vs empty", "vs bare"];
  const rows = targets.map((t) => {
    const r = results[t.key];
    const ratio = ratios[t.key];
    const vsBare = ratio?.vsBareNode;
    return [t.label, r.path, fmtRate(r.requestsPerSecond), String(r.p50), String(r.p99), String(r.non2xx), String(r.errors), ratio ? fmtPct(ratio.vsEmptyStatic) : "-", vsBare !== undefined ? fmtPct(vsBare) : "-"];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  // Text left-aligned, figures right-aligned.
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

function printFirstLoadJs(articlePath: string, article: FirstLoadJs, empty: FirstLoadJs): void {
  console.log(`\nFirst-load JavaScript (gzip -9):`);
  console.log(`  ${articlePath}: ${fmtBytes(article.gzipBytes)} in ${article.scripts.length} scripts, + inline ${fmtBytes(article.inlineGzipBytes)}`);
  console.log(`  ${EMPTY_PATH}: ${fmtBytes(empty.gzipBytes)} in ${empty.scripts.length} scripts, + inline ${fmtBytes(empty.inlineGzipBytes)}`);
  console.log(`  difference: ${fmtBytes(article.gzipBytes - empty.gzipBytes)} (inline: ${fmtBytes(article.inlineGzipBytes - empty.inlineGzipBytes)})`);
}

function printChecks(title: string, checks: TargetCheck[]): void {
  console.log(`\n${title}:`);
  for (const c of checks) {
    const value = Number.isInteger(c.value) ? String(c.value) : c.value.toFixed(3);
    const target = Number.isInteger(c.target) ? String(c.target) : c.target.toFixed(3);
    console.log(`  ${c.pass ? "PASS" : "MISS"}  ${c.name}  (${value} vs ${target})`);
  }
}

// ---------------------------------------------------------------- main

// Everything started by the run, so cleanup can stop it from any exit path.
const running: { server?: NextServer; bare?: http.Server } = {};
let cleanupOnce: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleanupOnce ??= (async () => {
    if (running.bare) await closeBareServer(running.bare);
    if (running.server) await stopServer(running.server);
  })();
  return cleanupOnce;
}

async function prepare(options: Options): Promise<void> {
  step(`Resetting ${DATABASE_PATH}`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DATABASE_PATH}${suffix}`, { force: true });

  const seedArgs = ["--mentors", String(options.mentors), "--learners", String(options.learners), "--threads", String(options.threads), "--posts", String(options.posts)];
  step(`Seeding ${DATABASE_PATH} (npx tsx db/scripts/seed.ts ${seedArgs.join(" ")})`);
  await runCommand("npx", ["tsx", "db/scripts/seed.ts", ...seedArgs]);

  if (!options.build && existsSync(DIST_DIR)) {
    step(`Skipping the build (--no-build): using the existing ${DIST_DIR}`);
  } else {
    step(`Building into ${DIST_DIR} (npx next build)`);
    await runCommand("npx", ["next", "build"]);
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  await assertPortFree(NEXT_PORT);
  await assertPortFree(BARE_PORT);
  await prepare(options);

  // Before the server starts, so nothing else runs beside it.
  const forum = findForumBenchmark();
  console.log(`forum benchmark thread: ${forum.threadId} "${forum.title}" (${forum.postCount} posts) in /forum/${forum.categorySlug}`);

  step(`Timing the matching score (npx tsx bench/match-score.ts --json --mentors ${options.mentors})`);
  const matchScore = await timeMatchScore(options.mentors);
  console.log(`rankMentors over ${matchScore.mentors} mentors (${matchScore.ranked} ranked): median ${matchScore.medianMs.toFixed(2)} ms over ${matchScore.runs} runs`);

  step(`Starting next start on ${NEXT_ORIGIN}`);
  running.server = startServer();
  const articleCount = await waitForHealth(running.server);
  console.log(`ready: /api/health reports ${articleCount} articles`);

  step("Checking every target answers 200");
  const articlePath = await findArticlePath();
  const nextTargets = [EMPTY_PATH, EMPTY_DYNAMIC_PATH, articlePath, LIST_PATH, SEARCH_PATH];
  for (const p of nextTargets) {
    await fetchOk(`${NEXT_ORIGIN}${p}`);
    console.log(`200 ${p}`);
  }
  // Signed in and checked before any load, so a broken sign-in fails the run
  // at once rather than after the article phase.
  const cookie = await signIn(DEMO_LEARNER.email, DEMO_LEARNER.password);
  console.log(`signed in as ${DEMO_LEARNER.email} (${SESSION_COOKIE} obtained)`);
  const communityTargets: Target<CommunityKey>[] = [
    { key: "emptyStatic", label: "empty static", origin: NEXT_ORIGIN, path: EMPTY_PATH },
    { key: "mentors", label: "mentors", origin: NEXT_ORIGIN, path: MENTORS_PATH },
    { key: "match", label: "match", origin: NEXT_ORIGIN, path: MATCH_PATH, headers: { cookie } },
    { key: "forumCategory", label: "forum category", origin: NEXT_ORIGIN, path: `/forum/${forum.categorySlug}` },
    { key: "forumThread", label: "forum thread", origin: NEXT_ORIGIN, path: `/forum/t/${forum.threadId}` },
    { key: "forumSearch", label: "forum search", origin: NEXT_ORIGIN, path: FORUM_SEARCH_PATH },
  ];
  const communityMarkers: Partial<Record<CommunityKey, string>> = {
    match: MATCH_MARKER,
    forumCategory: `>${forum.categoryName}</h1>`,
    forumThread: BENCHMARK_TITLE_PREFIX,
    forumSearch: FORUM_SEARCH_MARKER,
  };
  for (const target of communityTargets.slice(1)) await assertPage(target, communityMarkers[target.key]);

  step(`Starting the bare node:http reference on ${BARE_ORIGIN}`);
  const articleHtml = await fetchOk(`${NEXT_ORIGIN}${articlePath}`);
  running.bare = await startBareServer(articleHtml);
  console.log(`serving the ${articleHtml.length} bytes of ${articlePath} from memory`);

  const targets: Target[] = [
    { key: "emptyStatic", label: "empty static", origin: NEXT_ORIGIN, path: EMPTY_PATH },
    { key: "emptyDynamic", label: "empty dynamic", origin: NEXT_ORIGIN, path: EMPTY_DYNAMIC_PATH },
    { key: "bareNode", label: "bare node", origin: BARE_ORIGIN, path: "/" },
    { key: "article", label: "article", origin: NEXT_ORIGIN, path: articlePath },
    { key: "list", label: "article list", origin: NEXT_ORIGIN, path: LIST_PATH },
    { key: "search", label: "search", origin: NEXT_ORIGIN, path: SEARCH_PATH },
  ];
  step(`Articles: loading each target in turn: ${CONNECTIONS} connections, pipelining 1`);
  const results = await runPhase(targets, CONNECTIONS, options);

  const ratios = {} as Record<PageKey, Ratio>;
  for (const key of PAGE_KEYS) ratios[key] = ratioOf(results[key], results.emptyStatic, results.bareNode);

  step("Measuring first-load JavaScript");
  const articleJs = await firstLoadJs(articlePath);
  const emptyJs = await firstLoadJs(EMPTY_PATH);
  const checks = checkTargets(results, ratios, articleJs, emptyJs);

  step(
    `Community (find a mentor, forum): loading each target in turn: ${COMMUNITY_CONNECTIONS} connections, pipelining 1 (${options.mentors} mentors, ${options.learners} learners, ${options.threads} threads, ${options.posts} posts)`,
  );
  const communityResults = await runPhase(communityTargets, COMMUNITY_CONNECTIONS, options);
  const communityRatios = {} as Record<CommunityPageKey, CommunityRatio>;
  for (const key of COMMUNITY_PAGE_KEYS) communityRatios[key] = { vsEmptyStatic: communityResults[key].requestsPerSecond / communityResults.emptyStatic.requestsPerSecond };
  const communityChecks = checkCommunity(communityResults, communityRatios);
  const scoreCheck = checkScore(matchScore);

  step(`Admin dashboard: ${ADMIN_PATH} signed in as ${DEMO_ADMIN.email}, one request at a time`);
  const adminCookie = await signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
  const admin = await timePage(`${NEXT_ORIGIN}${ADMIN_PATH}`, { cookie: adminCookie, marker: ADMIN_MARKER });
  const adminCheck = checkAdmin(admin);

  if (running.server.stderrLines > 0) {
    warn(`the Next server wrote ${running.server.stderrLines} lines to stderr; last output:\n${running.server.output.text()}`);
  }

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    connections: CONNECTIONS,
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
    rounds: options.rounds,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown" },
    results,
    ratios,
    firstLoadJs: { article: articleJs, empty: emptyJs, differenceBytes: articleJs.gzipBytes - emptyJs.gzipBytes },
    targets: checks,
    community: {
      connections: COMMUNITY_CONNECTIONS,
      seed: { mentors: options.mentors, learners: options.learners, threads: options.threads, posts: options.posts },
      signedInAs: { match: DEMO_LEARNER.email },
      forum,
      results: communityResults,
      ratios: communityRatios,
      checks: communityChecks,
    },
    matchScore: { ...matchScore, check: scoreCheck },
    adminDashboard: { ...admin, signedInAs: DEMO_ADMIN.email, check: adminCheck },
    warnings,
  };
  writeFileSync(RESULTS_FILE, JSON.stringify(report, null, 2) + "\n");

  const machine = `${report.machine.cpus} × ${report.machine.model}`;
  step(`Results: articles (median of ${options.rounds} rounds of ${options.durationSeconds} s per target, ${CONNECTIONS} connections, ${machine})`);
  printTable(targets, results, ratios);
  printFirstLoadJs(articlePath, articleJs, emptyJs);
  printChecks("Targets", checks);

  step(
    `Results: community (${options.mentors} mentors, ${options.learners} learners, ${options.threads} threads, ${options.posts} posts; median of ${options.rounds} rounds of ${options.durationSeconds} s per target, ${COMMUNITY_CONNECTIONS} connections; /match signed in as ${DEMO_LEARNER.email}, the forum anonymous)`,
  );
  printTable(communityTargets, communityResults, communityRatios);
  console.log(`\nMatching score (bench/match-score.ts): median ${matchScore.medianMs.toFixed(2)} ms over ${matchScore.runs} runs (min ${matchScore.minMs.toFixed(2)}, max ${matchScore.maxMs.toFixed(2)}), one learner against ${matchScore.mentors} mentors, ${matchScore.ranked} ranked`);
  printChecks("Targets (community: find a mentor, forum)", [...communityChecks, scoreCheck]);
  console.log(`\nAdmin dashboard ${admin.path}: median ${admin.medianMs.toFixed(1)} ms, p95 ${admin.p95Ms.toFixed(1)} ms, max ${admin.maxMs.toFixed(1)} ms over ${admin.runs} sequential requests (${fmtBytes(admin.bytes)} of HTML)`);
  printChecks("Targets (admin dashboard)", [adminCheck]);
  if (warnings.length > 0) console.log(`\n${warnings.length} warning(s), see above and in ${RESULTS_FILE}.`);
  console.log(`\nWrote ${RESULTS_FILE}`);
}

stopOnSignal(cleanup, "the servers");

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
// Missed targets do not fail the run: it is a benchmark, not a test.
process.exit(exitCode);
