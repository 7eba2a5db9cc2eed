import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { refreshToken } from "@/lib/content-refresh/token";
import { actAs, callRoute, databaseFactory, dbSnapshot, listRoutes, resetRecords, settle, type RegisteredRoute } from "@/lib/testing/action-harness";
import { hostileForm, hostileSegment, hostileString, toFormData, type WorldRefs } from "./arbitraries";
import { FUZZ_SEED, fuzzParams } from "./config";
import { formFieldNames } from "./field-names";
import { ACTORS, buildWorld, type Actor, type World } from "./world";

// Every route handler found on disk, called by each kind of person with
// malformed params, queries, bodies, content types and headers. It must
// answer below 500, and change the database only when changing it is what
// the route is for and it answered as it does on success.

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).authModuleMock);
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).nextAuthMock);
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).nextCacheMock);
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextHeadersMock);

// next-auth's own handlers are faked by the harness (it cannot run outside
// Next); the HTTP fuzz (e2e/http-fuzz.spec.ts) sends them real requests.
const NOT_OURS = new Set(["app/api/auth/[...nextauth]/route.ts#GET", "app/api/auth/[...nextauth]/route.ts#POST"]);

type Call = { actor: Actor; params: Array<readonly [string, string | string[]]>; body: BodyInit | undefined; headers: Record<string, string>; query: Array<[string, string]> };

/**
 * Routes whose purpose is a change: the answer that means they made it, and
 * one well-formed call that does (run first, so the exemption is exercised
 * whatever the seed; the fuzzed calls reach it only by chance).
 */
const WRITES: Record<string, { made: (response: Response) => boolean; example: (w: World) => Call }> = {
  // One-click unsubscribe: 200 once the emails are stopped.
  "app/api/unsubscribe/[token]/route.ts#POST": {
    made: (r) => r.status >= 200 && r.status < 300,
    example: (w) => ({ actor: "nobody", params: [["token", w.refs.tokens[0]!]], body: new URLSearchParams("List-Unsubscribe=One-Click"), headers: {}, query: [] }),
  },
  // Following a notification marks it read, then leads to its place (303), never to sign-in.
  "app/notifications/[id]/route.ts#GET": {
    made: (r) => r.status === 303 && !(r.headers.get("location") ?? "").includes("/sign-in"),
    example: (w) => ({ actor: "learner", params: [["id", String(w.rows.notificationId)]], body: undefined, headers: {}, query: [] }),
  },
};

const routes = (await listRoutes()).filter((r) => !NOT_OURS.has(r.id));
const fieldNames = formFieldNames();
let world: World | undefined;
const freshDb = databaseFactory((db) => {
  world = buildWorld(db);
});
const RUNS = 120;
let calls = 0;
// How often each writing route made its change: a success path the fuzz never reached would leave its exemption untested.
const writesMade = new Map(Object.keys(WRITES).map((id) => [id, 0]));

afterAll(() => {
  console.log(`routes fuzz: ${routes.length} handlers, ${calls} requests, seed ${FUZZ_SEED}; changes made: ${JSON.stringify(Object.fromEntries(writesMade))}`);
});

/** The dynamic segments of a route file: app/notifications/[id]/route.ts → [["id", false]]. */
const segmentsOf = (file: string) =>
  file
    .split("/")
    .filter((s) => s.startsWith("["))
    .map((s) => [s.replace(/^\[(\.\.\.)?|\]$/g, ""), s.startsWith("[...")] as const);

// What can arrive in a header at all: bytes, no CR, LF or NUL (fetch's Headers refuses the rest).
const headerSafe = (v: string) => v.slice(0, 8_000).replace(/[^\t\x20-\x7e\x80-\xff]/g, "?");

function request(route: RegisteredRoute, refs: WorldRefs): fc.Arbitrary<Call> {
  // Half the segments name something real (an id, a handle, a signed token), so the handlers get past their first check.
  const real = fc.oneof(fc.constantFrom(...refs.ids.map(String)), fc.constantFrom(...refs.handles), fc.constantFrom(...refs.tokens));
  const segment = fc.oneof(real, hostileSegment(refs));
  const params = fc.tuple(
    ...segmentsOf(route.file).map(([name, catchAll]) => (catchAll ? fc.array(segment, { minLength: 1, maxLength: 3 }) : segment).map((v) => [name, v] as const)),
  );
  const body = fc.oneof(
    fc.constant(undefined),
    hostileString(refs),
    { arbitrary: fc.constantFrom("List-Unsubscribe=One-Click", "List-Unsubscribe=one-click", "List-Unsubscribe=One-Click&List-Unsubscribe=x", "{}", "[", "\0").map((v) => new URLSearchParams(v)), weight: 3 },
    fc.constantFrom("List-Unsubscribe=One-Click", "{}", "[", "\0"),
    hostileForm(fieldNames, refs).map(toFormData),
    fc.uint8Array({ maxLength: 256 }),
  );
  const headers = fc.record(
    {
      "content-type": fc.constantFrom("application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "text/plain", "application/json", "", "x/y; charset=klingon"),
      authorization: fc.oneof(hostileString(refs).map((v) => `Bearer ${headerSafe(v)}`), fc.constant(`Bearer ${refreshToken()}`), fc.constant(`bearer  ${refreshToken()} `), fc.constant("Basic Zm9vOmJhcg==")),
      cookie: fc.constantFrom("authjs.session-token=garbage", "a=b; a=c", "=; ;", "__proto__=1"),
      "x-forwarded-for": fc.constantFrom("203.0.113.9", "", "::1", "a, b, c", "999.1.1.1"),
    },
    { requiredKeys: [] },
  );
  const query = fc.array(fc.tuple(fc.constantFrom("page", "q", "callbackUrl", "id", "__proto__", ""), hostileString(refs)), { maxLength: 3 });
  return fc.record({ actor: fc.constantFrom(...ACTORS), params, body, headers: headers as fc.Arbitrary<Record<string, string>>, query });
}

const pathOf = (file: string, params: Record<string, string | string[]>) =>
  "/" +
  file
    .replace(/^app\//, "")
    .replace(/\/?route\.ts$/, "")
    .split("/")
    .map((s) => {
      const name = s.replace(/^\[(\.\.\.)?|\]$/g, "");
      const value = s.startsWith("[") ? params[name] : s;
      return (Array.isArray(value) ? value : [value ?? ""]).map((v) => (s.startsWith("[") ? encodeURIComponent(v.toWellFormed()) : v)).join("/");
    })
    .join("/");

describe.each(routes.map((r) => [r.id, r] as const))("fuzz %s", (_id, route: RegisteredRoute) => {
  it("answers below 500, and changes the database only as its purpose", async () => {
    const db = freshDb();
    const w = world!;
    await fc.assert(
      fc.asyncProperty(request(route, w.refs), async ({ actor, params: pairs, body, headers, query }: Call) => {
        calls++;
        actAs(w.userIdOf(actor));
        resetRecords();
        // Next hands a handler decoded UTF-8: a lone surrogate cannot reach one (the URL would not decode).
        const params = Object.fromEntries(pairs.map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => x.toWellFormed()) : v.toWellFormed()]));
        const search = new URLSearchParams(query.map(([k, v]) => [k, v.toWellFormed()]));
        const before = dbSnapshot(db);
        const response = await callRoute(route, { url: `${pathOf(route.file, params)}?${search}`, params, body, headers });
        await settle();
        const what = `${route.id} as ${actor}, params ${JSON.stringify(params).slice(0, 200)}`;
        expect(response.status, what).toBeLessThan(500);
        if (WRITES[route.id]?.made(response)) {
          writesMade.set(route.id, (writesMade.get(route.id) ?? 0) + 1);
          return;
        }
        expect(dbSnapshot(db), `${what}: answered ${response.status} yet changed the database`).toBe(before);
      }),
      { ...fuzzParams(RUNS), examples: WRITES[route.id] ? [[WRITES[route.id]!.example(w)]] : [] },
    );
    if (route.id in WRITES) expect(writesMade.get(route.id), `${route.id}: the fuzz never reached its success path`).toBeGreaterThan(0);
  });
});
