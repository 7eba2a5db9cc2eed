import type Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
// next-auth's own errors (what "next-auth" re-exports): its main entry cannot load
// outside Next (it imports "next/server" without an extension), so tests mock it.
import { AuthError, CredentialsSignin } from "@auth/core/errors";
import { redirect } from "next/navigation";
import { getDb, openDatabase, type Db } from "@/db/client";
import { authenticate } from "@/lib/accounts/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { createTestDatabase } from "./test-db";

// Runs the app's real server actions and route handlers outside a Next
// request, against a real migrated SQLite file. Only what Next and next-auth
// would supply around a request is faked: the session (auth()), sign-in and
// sign-out, the request's headers and cookies, and the cache invalidation
// calls. Every rule and query is the app's own.
//
// A test file wires the fakes in with
//   vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).authModuleMock);
//   vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).nextCacheMock);
//   vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextHeadersMock);
//   vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).nextAuthMock);

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");

// The app runs with experimental.authInterrupts (next.config.ts): without
// this, forbidden() throws "not enabled" instead of answering 403.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS ??= "true";
// A fixed secret, so getEnv() never writes one beside a test database and
// signed tokens (unsubscribe links, the refresh token) are reproducible.
process.env.AUTH_SECRET ??= "action-harness-secret-action-harness-secret";

// ---------------------------------------------------------------------------
// The registry: found on disk, so a new file is never forgotten.

// Each action has its own state type; the registry holds them all, and callers pass what React would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegisteredAction = { id: string; file: string; name: string; fn: (...args: any[]) => Promise<unknown> };
export type RegisteredRoute = {
  id: string;
  file: string;
  method: string;
  fn: (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
};

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return findFiles(full, name);
      return entry.isFile() && entry.name === name ? [full] : [];
    })
    .sort();
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

async function exportsOf(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
}

/** Every exported function of every app/**\/actions.ts, in file and name order. */
export async function listActions(): Promise<RegisteredAction[]> {
  const out: RegisteredAction[] = [];
  for (const file of findFiles(APP, "actions.ts")) {
    const mod = await exportsOf(file);
    for (const name of Object.keys(mod).sort()) {
      const fn = mod[name];
      if (typeof fn === "function") out.push({ id: `${relative(file)}#${name}`, file: relative(file), name, fn: fn as RegisteredAction["fn"] });
    }
  }
  return out;
}

/** Every exported HTTP method of every app/**\/route.ts. */
export async function listRoutes(): Promise<RegisteredRoute[]> {
  const out: RegisteredRoute[] = [];
  for (const file of findFiles(APP, "route.ts")) {
    const mod = await exportsOf(file);
    for (const method of Object.keys(mod).sort()) {
      const fn = mod[method];
      if (HTTP_METHODS.has(method) && typeof fn === "function") out.push({ id: `${relative(file)}#${method}`, file: relative(file), method, fn: fn as RegisteredRoute["fn"] });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// The faked request: who is signed in, what next-auth and next/cache were asked.

export type AuthCall = { fn: "signIn"; provider: string; options: Record<string, unknown> } | { fn: "signOut"; options: Record<string, unknown> };
export type CacheCall = { fn: string; args: unknown[] };

const fake = {
  userId: null as number | null,
  clientIp: "127.0.0.1",
  authCalls: [] as AuthCall[],
  cacheCalls: [] as CacheCall[],
  cookies: new Map<string, string>(),
};

/** The session for the next calls: a member's id, or null for a visitor. Trusted as next-auth's jwt callback leaves a live one. */
export function actAs(userId: number | null): void {
  fake.userId = userId;
}

/** The address the faked request comes from (rate limits are per IP). */
export function setClientIp(ip: string): void {
  fake.clientIp = ip;
}

/** What signIn/signOut and next/cache were asked since the last reset. */
export const authCalls = (): readonly AuthCall[] => fake.authCalls;
export const cacheCalls = (): readonly CacheCall[] => fake.cacheCalls;

/** Forgets recorded calls and cookies (the session stays as actAs left it). */
export function resetRecords(): void {
  fake.authCalls = [];
  fake.cacheCalls = [];
  fake.cookies.clear();
}

function requestHeaders(): Headers {
  return new Headers({ host: "localhost:3000", origin: "http://localhost:3000", "x-forwarded-for": fake.clientIp, "user-agent": "action-harness" });
}

/** Where next-auth would send the browser to start a provider's OAuth flow; nothing of ours runs before the callback. */
export const oauthStart = (provider: string, redirectTo: string) => `/api/auth/signin/${provider}?${new URLSearchParams({ callbackUrl: redirectTo })}`;

/**
 * signIn as next-auth runs it for our providers: "credentials" goes through
 * the same authenticate() as lib/auth/auth.ts's authorize (rate limits,
 * session row), fails with CredentialsSignin and its code, and on success
 * signs the browser in and redirects (unless redirect: false). Other
 * providers hand over to OAuth.
 */
async function signIn(provider: string, options: Record<string, unknown> = {}): Promise<void> {
  fake.authCalls.push({ fn: "signIn", provider, options });
  const redirectTo = typeof options.redirectTo === "string" ? options.redirectTo : "/";
  if (provider !== "credentials") redirect(oauthStart(provider, redirectTo));
  const email = typeof options.email === "string" ? options.email.trim().toLowerCase() : "";
  const password = typeof options.password === "string" ? options.password : "";
  const result = email && password ? await authenticate(getDb(), { email, password, ip: clientIp(requestHeaders()) }) : ({ ok: false, reason: "invalid" } as const);
  if (!result.ok) {
    const error = new CredentialsSignin();
    error.code = result.reason === "rate-limited" ? `rate-limited:${Math.max(1, Math.ceil(result.retryAfterMs / 60_000))}` : "invalid";
    throw error;
  }
  fake.userId = result.userId;
  if (options.redirect !== false) redirect(redirectTo);
}

async function signOut(options: Record<string, unknown> = {}): Promise<void> {
  fake.authCalls.push({ fn: "signOut", options });
  fake.userId = null;
  if (options.redirect !== false) redirect(typeof options.redirectTo === "string" ? options.redirectTo : "/");
}

/** Stands in for next-auth's own route handler; the matrix checks the route still delegates to it. */
export const nextAuthHandlers = {
  GET: async (_request: Request) => new Response("next-auth (faked)", { status: 501 }),
  POST: async (_request: Request) => new Response("next-auth (faked)", { status: 501 }),
};

/** "next-auth" as the app's own modules use it (errors only; lib/auth/auth.ts, the one caller of NextAuth(), is mocked whole). */
export const nextAuthMock = {
  AuthError,
  CredentialsSignin,
  default: () => {
    throw new Error("NextAuth() is not available in tests: mock @/lib/auth/auth with authModuleMock.");
  },
};

export const authModuleMock = {
  auth: async () => (fake.userId === null ? null : { user: { id: String(fake.userId) }, expires: new Date(Date.now() + 3_600_000).toISOString() }),
  signIn,
  signOut,
  handlers: nextAuthHandlers,
};

const record =
  (fn: string) =>
  (...args: unknown[]): void => {
    fake.cacheCalls.push({ fn, args });
  };

export const nextCacheMock = {
  revalidatePath: record("revalidatePath"),
  revalidateTag: record("revalidateTag"),
  updateTag: record("updateTag"),
  refresh: record("refresh"),
  unstable_noStore: () => {},
  cacheLife: () => {},
  cacheTag: () => {},
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
};

const cookieStore = {
  get: (name: string) => (fake.cookies.has(name) ? { name, value: fake.cookies.get(name)! } : undefined),
  getAll: () => [...fake.cookies].map(([name, value]) => ({ name, value })),
  has: (name: string) => fake.cookies.has(name),
  set: (name: string | { name: string; value: string }, value = "") => void (typeof name === "string" ? fake.cookies.set(name, value) : fake.cookies.set(name.name, name.value)),
  delete: (name: string) => void fake.cookies.delete(name),
};

export const nextHeadersMock = {
  headers: async () => requestHeaders(),
  cookies: async () => cookieStore,
  draftMode: async () => ({ isEnabled: false, enable: () => {}, disable: () => {} }),
};

// ---------------------------------------------------------------------------
// Calling them.

export type Outcome =
  | { kind: "state"; state: unknown }
  | { kind: "redirect"; to: string }
  | { kind: "http"; status: number };

/** redirect(), notFound(), forbidden() and unauthorized() as the outcome they stand for; anything else is null. */
export function interruptOf(error: unknown): Outcome | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return null;
  const parts = digest.split(";");
  if (parts[0] === "NEXT_REDIRECT") return { kind: "redirect", to: parts.slice(2, -2).join(";") };
  if (parts[0] === "NEXT_HTTP_ERROR_FALLBACK") return { kind: "http", status: Number(parts[1]) };
  return null;
}

// What useActionState starts from; every action here ignores it.
const INITIAL_STATE = { status: "idle" };

/** Calls a (prevState, formData) or (formData) action the way React would; any other thrown error is rethrown (that would be a 500). */
export async function callAction(action: RegisteredAction, formData: FormData): Promise<Outcome> {
  try {
    const state = await (action.fn.length >= 2 ? action.fn(INITIAL_STATE, formData) : action.fn(formData));
    return { kind: "state", state };
  } catch (error) {
    const interrupt = interruptOf(error);
    if (interrupt) return interrupt;
    throw error;
  }
}

/** Calls a route handler with a request to `url` (relative to the site) and its dynamic segments. */
export async function callRoute(route: RegisteredRoute, { url, params = {}, ...init }: RequestInit & { url: string; params?: Record<string, string | string[]> }): Promise<Response> {
  // A GET or HEAD cannot carry a body: the same request is reused across methods.
  const body = route.method === "GET" || route.method === "HEAD" ? undefined : init.body;
  const headers = { ...Object.fromEntries(requestHeaders()), ...Object.fromEntries(new Headers(init.headers)) };
  const request = new Request(new URL(url, "http://localhost:3000"), { ...init, method: route.method, body, headers });
  try {
    return await route.fn(request, { params: Promise.resolve(params) });
  } catch (error) {
    const interrupt = interruptOf(error);
    if (interrupt?.kind === "redirect") return new Response(null, { status: 307, headers: { location: interrupt.to } });
    if (interrupt?.kind === "http") return new Response(null, { status: interrupt.status });
    throw error;
  }
}

/** Work an action started without awaiting it (the admin's email retry) has finished. */
export async function settle(): Promise<void> {
  await (globalThis as { __emailRun?: Promise<void> }).__emailRun;
}

export function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  return form;
}

// ---------------------------------------------------------------------------
// The database.

// Compiled once per connection: a matrix takes two snapshots a cell.
const snapshotQueries = new WeakMap<Db["$client"], { table: string; select: Database.Statement<[]> }[]>();

/** Every table's rows, one line each, in a stable order: equal strings mean nothing changed. */
export function dbSnapshot(db: Db): string {
  let queries = snapshotQueries.get(db.$client);
  if (!queries) {
    const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    queries = tables.map((table) => ({ table, select: db.$client.prepare<[]>(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw() }));
    snapshotQueries.set(db.$client, queries);
  }
  return queries.flatMap(({ table, select }) => (select.all() as unknown[][]).map((row) => `${table}\t${JSON.stringify(row)}`).sort()).join("\n");
}

// Copies go to memory when the system has a tmpfs: the first write to a new
// WAL file on disk costs about 20 ms, on tmpfs about 1 ms.
function scratchDir(): string {
  try {
    return mkdtempSync(path.join("/dev/shm", "tandem-actions-"));
  } catch {
    return mkdtempSync(path.join(tmpdir(), "tandem-actions-"));
  }
}

/**
 * Fresh databases for the app's getDb(), each a copy of one migrated (and
 * `seed`ed) template file: much cheaper than migrating per test, and each
 * copy is a real file with the app's pragmas.
 */
export function databaseFactory(seed?: (db: Db) => void): () => Db {
  let template: string | undefined;
  let dir: string | undefined;
  let current: { db: Db; file: string } | undefined;
  let n = 0;
  return () => {
    if (!template) {
      const made = createTestDatabase();
      seed?.(made.db);
      made.db.$client.pragma("wal_checkpoint(TRUNCATE)");
      made.db.$client.close();
      template = made.file;
      const scratch = scratchDir();
      process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));
      dir = scratch;
    }
    if (current) {
      current.db.$client.close();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(current.file + suffix, { force: true });
    }
    const file = path.join(dir!, `db-${++n}.db`);
    copyFileSync(template, file);
    const db = openDatabase(file);
    process.env.DATABASE_PATH = file;
    (globalThis as { __db?: Db }).__db = db;
    current = { db, file };
    return db;
  };
}
