import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { hostileSegment, hostileString, type WorldRefs } from "../lib/security/fuzz/arbitraries";
import { FUZZ_SEED, runs } from "../lib/security/fuzz/config";
import { E2E_ENV } from "../playwright.config";
import { signInAs } from "./support/sign-in";

// Next parses URLs, route params and server-action requests before our code
// runs (it once answered 500 to /articles/%E0%A4%A), so the unit fuzz of
// lib/security/fuzz cannot see everything: here every page and route under
// app/ (found on disk), with fuzzed segments, queries, methods, bodies,
// content types and action headers, goes to the real server, signed out and
// signed in. Whatever comes back must not be a 5xx, bar the bodies NEXT_BUGS
// names: Next answers those with a 500 before any code of ours runs.
//
// Each request carries its own X-Forwarded-For from a documentation range, so
// failed sign-ins and sign-ups it may cause count against that address, never
// against the one the other specs share. Bodies never hold a seeded account's
// email, so no account's own limit moves either.

const MEMBER = "member-59@example.com";

type Template = { path: string; kind: "page" | "route" };

function templates(dir = "app", prefix = ""): Template[] {
  return readdirSync(dir).flatMap((name): Template[] => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name.startsWith("_") ? [] : templates(full, name.startsWith("(") ? prefix : `${prefix}/${name}`);
    if (name === "page.tsx") return [{ path: prefix || "/", kind: "page" }];
    if (name === "route.ts") return [{ path: prefix || "/", kind: "route" }];
    return [];
  });
}

const TEMPLATES = templates();

/** Percent-encoded as a browser would, or as typed (invalid escapes kept), or doubly. */
function encodings(raw: string): fc.Arbitrary<string> {
  const wellFormed = raw.toWellFormed();
  return fc.constantFrom(
    encodeURIComponent(wellFormed),
    wellFormed.replace(/[?#/\\]/g, encodeURIComponent),
    encodeURIComponent(encodeURIComponent(wellFormed)),
  );
}
const cap = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

// URLs stay under 7,000 characters: Next answers "//" in a path with a 308
// that repeats the URL twice (Location and Refresh), and a client with
// Node's 16 KB header limit cannot read that answer. Longer ones are sent
// once, below, where the server refuses them before Next (431).
const segment = (refs: WorldRefs) => hostileSegment(refs).chain((s) => encodings(cap(s, 1_000))).map((s) => cap(s, 1_500));

function fill(template: string, refs: WorldRefs): fc.Arbitrary<string> {
  const parts = template.split("/").slice(1);
  const filled = parts.map((p) =>
    p.startsWith("[...") ? fc.array(segment(refs), { minLength: 1, maxLength: 4 }).map((s) => s.join("/")) : p.startsWith("[") ? segment(refs) : fc.constant(p),
  );
  return fc.tuple(...filled).map((s) => `/${s.join("/")}`);
}

const QUERY_NAMES = ["q", "page", "callbackUrl", "error", "done", "emailDone", "emailError", "updated", "signedOut", "passwordChanged", "passwordReset", "quote", "id", "sent", "started", "saved", "slug", "welcome", "language", "topic", "format", "expertise", "timezone", "kind", "sort", "__proto__", "constructor"];

function query(refs: WorldRefs): fc.Arbitrary<string> {
  const key = fc.oneof({ arbitrary: fc.constantFrom(...QUERY_NAMES), weight: 4 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 });
  const pair = fc.tuple(key, hostileString(refs)).chain(([k, v]) => fc.tuple(encodings(k), encodings(cap(v, 300))).map(([a, b]) => `${a}=${cap(b, 500)}`));
  return fc.oneof(fc.constant(""), fc.array(pair, { minLength: 1, maxLength: 3 }).map((p) => `?${p.join("&")}`), fc.constantFrom("?", "?&&", "?=", "?%", "?a=%E0%A4%A", "?page[]=1", "?page=1&page=2"));
}

const METHODS = ["GET", "GET", "GET", "HEAD", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"] as const;
const TEXT_TYPES = ["application/x-www-form-urlencoded", "text/plain;charset=UTF-8", "application/json", "text/x-component", "application/octet-stream", "text/html; charset=utf-16", ""] as const;

/**
 * Bodies Next itself answers with a 500 before any code of ours runs; each is
 * an open upstream bug. Requests carrying one are still sent (the server must
 * keep answering), but a 500 for them is Next's, not ours: when an upgrade
 * fixes one, its line goes and those requests are held to < 500 too.
 */
const NEXT_BUGS = {
  // Same family as #86945 (its fix PRs, #90109 and #92051, cover text bodies only); the action handler's busboy/undici errors escape.
  unparsableForm: "a POST whose multipart body Next cannot parse (cut short, no boundary) throws in Next's action handler",
  malformedReply: "vercel/next.js#86945: a server-action body React's decodeReply rejects (not JSON, a dangling $ reference, nested too deep, no argument list) throws",
} as const;
type NextBug = keyof typeof NEXT_BUGS;

type Body = { contentType: string; data: Buffer; nextBug?: NextBug };

// Like a browser's, a boundary no value contains: Node's multipart parser
// fails on a value holding the boundary's text even without the leading
// dashes, which no real client sends.
const BOUNDARY = "----TandemFuzzBoundary7Qx2Lm9Wd";
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

/** A multipart body written by hand, so names may repeat or be odd. */
function multipart(entries: Array<[string, string]>): string {
  return `${entries.map(([name, value]) => `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"\r\n\r\n${value}\r\n`).join("")}--${BOUNDARY}--\r\n`;
}

// Field names a page's form parser looks at, and some it should not care about.
const fieldName = fc.oneof(fc.constantFrom("0", "1", "$ACTION_REF_1", "1_$ACTION_KEY", "$ACTION_KEY", "1_$ACTION_ID_x", "$ACTION_ID_", "__proto__", "email", "postId", "body", "$K1"), fc.string({ maxLength: 10 }));

/** The body of a POST to a page or route that names no real action. */
function pageBody(refs: WorldRefs): fc.Arbitrary<Body> {
  const value = hostileString(refs).map((v) => cap(v, 20_000).toWellFormed());
  const entries = fc.array(fc.tuple(fieldName, value), { maxLength: 5 });
  return fc.oneof(
    entries.map((e): Body => ({ contentType: MULTIPART, data: Buffer.from(multipart(e)) })),
    fc.tuple(fc.constantFrom(...TEXT_TYPES), fc.oneof(value, fc.json())).map(([contentType, text]): Body => ({ contentType, data: Buffer.from(text) })),
    fc.tuple(fc.constantFrom(...TEXT_TYPES), fc.uint8Array({ maxLength: 512 })).map(([contentType, bytes]): Body => ({ contentType, data: Buffer.from(bytes) })),
    unparsableForm(entries),
  );
}

/** Multipart Next cannot read: cut short, or without a boundary. */
function unparsableForm(entries: fc.Arbitrary<Array<[string, string]>>): fc.Arbitrary<Body> {
  return fc.tuple(entries, fc.constantFrom("multipart/form-data", "multipart/form-data; boundary=", MULTIPART)).map(([e, contentType]): Body => {
    const text = multipart(e);
    return { contentType, data: Buffer.from(contentType === MULTIPART ? text.slice(0, Math.floor(text.length / 2)) : text), nextBug: "unparsableForm" };
  });
}

// React's reply encoding reads a string starting with "$" as a reference;
// "$$" is a literal "$". Arguments written this way decode to plain values.
const literal = (value: unknown): unknown =>
  typeof value === "string" ? (value.startsWith("$") ? `$${value}` : value) : Array.isArray(value) ? value.map(literal) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literal(v)])) : value;
const argumentList = fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }).map((args) => JSON.stringify(literal(args)));

// Replies the decoder cannot make arguments of.
const BAD_REPLIES = ['["$K1"]', '["$@1"]', '["$Q1"]', '["$h1"]', '["$T"]', '["$K1","$K1"]', '{"constructor":{"prototype":{"x":1}}}', '"x"', "7", `${"[".repeat(5_000)}${"]".repeat(5_000)}`, "[".repeat(100_000), "not json", "[zxc]", ""];

/**
 * The body of a call to a real action, by script (Next-Action header) or as a
 * form without JavaScript ($ACTION_ID_ field): arguments that decode but are
 * not what the action expects (held to < 500: our actions must refuse them),
 * and bodies that do not decode (Next's own 500s, tagged).
 */
function actionBody(refs: WorldRefs, actionId: string): fc.Arbitrary<Body & { header: boolean }> {
  const value = hostileString(refs).map((v) => cap(v, 20_000).toWellFormed());
  const fields = fc.array(fc.tuple(fc.oneof(fieldName, fc.constantFrom("email", "password", "body", "postId", "threadId", "mentorshipId", "requestId", "id", "token")), value), { maxLength: 6 });
  // Beside the "0" part, parts the decoder leaves alone unless referenced.
  const otherParts = fields.map((rest) => rest.filter(([n]) => n !== "0" && n !== ""));
  return fc.oneof(
    // By script: an argument list as text, or as the "0" part of a form.
    argumentList.map((text) => ({ contentType: "text/plain;charset=UTF-8", data: Buffer.from(text), header: true })),
    fc.tuple(argumentList, otherParts).map(([args, rest]) => ({ contentType: MULTIPART, data: Buffer.from(multipart([["0", args], ...rest])), header: true })),
    // Without JavaScript: the action's id as a field beside the form's fields.
    fields.map((rest) => ({ contentType: MULTIPART, data: Buffer.from(multipart([[`$ACTION_ID_${actionId}`, ""], ...rest])), header: false })),
    // Bodies that do not decode.
    fc.constantFrom(...BAD_REPLIES).map((text) => ({ contentType: "text/plain;charset=UTF-8", data: Buffer.from(text), header: true, nextBug: "malformedReply" as const })),
    fc.uint8Array({ minLength: 1, maxLength: 256 }).map((bytes) => ({ contentType: "application/json", data: Buffer.from(bytes), header: true, nextBug: "malformedReply" as const })),
    fields.map((rest) => ({ contentType: MULTIPART, data: Buffer.from(multipart(rest.filter(([n]) => n !== "0"))), header: true, nextBug: "malformedReply" as const })),
    // A second "0" part, or a part without a name: React's decoder throws on both.
    fc.tuple(argumentList, fc.constantFrom("0", ""), otherParts).map(([args, odd, rest]) => ({ contentType: MULTIPART, data: Buffer.from(multipart([["0", args], [odd, args], ...rest])), header: true, nextBug: "malformedReply" as const })),
    unparsableForm(fields).map((b) => ({ ...b, header: true })),
  );
}

const hex = (length: number) => fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: length, maxLength: length });
const fakeActionId = fc.oneof(hex(42), hex(40), fc.constantFrom("", "x", "null", "0".repeat(42), "../../x", "a".repeat(5_000)), fc.string({ maxLength: 50 }));

const extraHeaders = fc.record(
  {
    "next-router-state-tree": fc.oneof(fc.constantFrom("%5B%5D", "[]", "not json", "%E0%A4%A", '["",{"children":["__PAGE__",{}]},null,null,true]'), fc.string({ maxLength: 60 })),
    rsc: fc.constantFrom("1", "0", "yes"),
    "next-router-prefetch": fc.constantFrom("1", "2"),
    "next-url": fc.constantFrom("/", "//evil.example", "/%E0%A4%A", "x"),
    accept: fc.constantFrom("text/x-component", "*/*", "application/json", "text/html"),
    range: fc.constantFrom("bytes=0-0", "bytes=-1", "bytes=9999999-", "lines=1"),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;

type Sent = { method: string; url: string; headers: Record<string, string>; data?: Buffer; nextBug?: NextBug };

const tally = { sent: 0, nextBugs: Object.fromEntries(Object.keys(NEXT_BUGS).map((k) => [k, 0])) as Record<NextBug, number> };

async function send(api: APIRequestContext, request: Sent): Promise<number> {
  const n = tally.sent++;
  const headers = { "x-forwarded-for": `198.51.100.${n % 250}, 203.0.113.${Math.floor(n / 250) % 250}`, ...request.headers };
  const response = await api.fetch(request.url, { method: request.method, headers, data: request.data, maxRedirects: 0, failOnStatusCode: false, timeout: 20_000 });
  return response.status();
}

/** Runs one property over the server: every answer below 500 (bar Next's own, tagged), the offending request in the failure. */
async function fuzz(api: APIRequestContext, arbitrary: fc.Arbitrary<Sent>, numRuns: number) {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (request) => {
      const status = await send(api, request);
      if (status === 500 && request.nextBug) {
        tally.nextBugs[request.nextBug]++;
        return;
      }
      expect(status, `${request.method} ${request.url} ${JSON.stringify(request.headers)} ${JSON.stringify(request.data?.subarray(0, 300).toString() ?? "")}`).toBeLessThan(500);
    }),
    { seed: FUZZ_SEED, numRuns: runs(numRuns) },
  );
}

/** Real rows of the seeded e2e database to aim some ids and names at. */
async function seededRefs(api: APIRequestContext): Promise<WorldRefs> {
  const html = await (await api.get("/mentors")).text();
  const handles = [...new Set([...html.matchAll(/href="\/u\/([a-z0-9-]+)"/g)].map((m) => m[1]!))].slice(0, 10);
  return {
    ids: [1, 2, 3, 5, 8, 13, 21, 30, 59, 100, 150],
    handles: handles.length ? handles : ["member-1"],
    emails: ["fuzz-nobody@example.net"],
    tokens: ["59.message.AAAAAAAAAAAAAAAAAAAAAA", "1.request.AAAAAAAAAAAAAAAAAAAAAA"],
    vocabulary: ["the-role-of-mentorship-in-career-development", "general", "mentorship", "preview", "publish", "pin", "post", "learner", "admin"],
  };
}

type ManifestAction = { id: string; name: string; pages: string[] };

/** The built app's server actions: real ids to send malformed arguments to. */
function builtActions(): ManifestAction[] {
  const file = path.join(E2E_ENV.NEXT_DIST_DIR, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      name: entry.exportedName ?? "",
      pages: Object.keys(entry.workers).map((w) => w.replace(/^app/, "").replace(/\/page$/, "") || "/"),
    }));
}

function requests(refs: WorldRefs, actions: ManifestAction[]) {
  const templatePath = (kinds: Template["kind"][]) => fc.constantFrom(...TEMPLATES.filter((t) => kinds.includes(t.kind))).chain((t) => fill(t.path, refs));

  const oversize = fc.constantFrom(`/${"a".repeat(20_000)}`, `/articles?q=${"%E0".repeat(7_000)}`);
  const url = fc.oneof({ arbitrary: fc.tuple(templatePath(["page", "route"]), query(refs)).map(([p, q]) => p + q), weight: 50 }, { arbitrary: oversize, weight: 1 });
  const reads = fc
    .record({ url, method: fc.constantFrom(...METHODS), headers: extraHeaders })
    .map(({ url, method, headers }): Sent => ({ url, method, headers, data: method === "GET" || method === "HEAD" ? undefined : Buffer.from("x=1") }));

  const writes = fc
    .record({ url: templatePath(["page", "route"]), method: fc.constantFrom("POST", "PUT", "PATCH", "DELETE"), body: pageBody(refs), actionId: fc.option(fakeActionId, { freq: 2 }), headers: extraHeaders })
    .map(({ url, method, body, actionId, headers }): Sent => ({
      url,
      method,
      headers: { ...headers, ...(body.contentType ? { "content-type": body.contentType } : {}), ...(actionId === null ? {} : { "next-action": actionId }) },
      data: body.data,
      nextBug: body.nextBug,
    }));

  const realActions = fc
    .constantFrom(...actions)
    .chain((action) =>
      fc.record({
        action: fc.constant(action),
        page: fc.oneof(fc.constantFrom(...action.pages).chain((p) => fill(p, refs)), templatePath(["page"])),
        body: actionBody(refs, action.id),
        origin: fc.constantFrom(undefined, new URL(E2E_ENV.SITE_URL).origin, "null"),
      }),
    )
    .map(({ action, page, body, origin }): Sent => ({
      url: page,
      method: "POST",
      headers: { "content-type": body.contentType, ...(body.header ? { "next-action": action.id } : {}), ...(origin ? { origin } : {}) },
      data: body.data,
      nextBug: body.nextBug,
    }));

  return { reads, writes, realActions };
}

test.describe.configure({ mode: "serial" });

test.describe("HTTP fuzz: no request makes the server answer 5xx", () => {
  test.setTimeout(180_000);

  test("signed out: pages and routes, fuzzed paths, queries, methods, bodies and action calls", async ({ request }) => {
    const refs = await seededRefs(request);
    const actions = builtActions();
    expect(TEMPLATES.length).toBeGreaterThan(40);
    expect(actions.length).toBeGreaterThan(30);
    const { reads, writes, realActions } = requests(refs, actions);
    await fuzz(request, reads, 350);
    await fuzz(request, writes, 150);
    await fuzz(request, realActions, 150);
  });

  test("signed in: the same, with a member's session", async ({ page }) => {
    await signInAs(page, MEMBER, "/account");
    await expect(page).toHaveURL(/\/account$/);
    const api = page.context().request;
    const refs = await seededRefs(api);
    // Signing out would end the session the rest of the run is about.
    const actions = builtActions().filter((a) => !a.name.startsWith("signOut"));
    const { reads, writes, realActions } = requests(refs, actions);
    await fuzz(api, reads, 250);
    await fuzz(api, writes, 100);
    await fuzz(api, realActions, 150);
    // Still signed in: the fuzz ran as a member to the end.
    expect((await (await api.get("/api/me")).json()).user).not.toBeNull();
    console.log(`http-fuzz: ${tally.sent} requests (seed ${FUZZ_SEED}); 500s left to Next's own bugs: ${JSON.stringify(tally.nextBugs)}`);
  });
});
