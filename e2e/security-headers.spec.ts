import { expect, test, type APIResponse } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

// Every page and route handler under app/, found on disk so a new one cannot
// be missed, plus metadata routes, static files, a 404 and the proxy's own
// answers. Dynamic segments get a sample value: the headers must be there
// whatever the status (200, redirect to sign-in, 403, 404, 405).

function routes(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = name.startsWith("[...") ? "a/b" : name.startsWith("[") ? "1" : name;
      found.push(...routes(full, `${prefix}/${segment}`));
    } else if (name === "page.tsx" || name === "route.ts") found.push(prefix || "/");
  }
  return found;
}

const EXTRA = ["/robots.txt", "/sitemap.xml", "/favicon.ico", "/no-such-page", "/articles/%E0%A4%A", "/match/anything", "/mentors?language=Spanish", "/forum/search?q=mentorship", "/search?q=mentor"];
const TOKEN_PAGES = /^\/(reset-password|unsubscribe|api\/unsubscribe)\//;

function expectSecurityHeaders(response: APIResponse, url: string) {
  const h = response.headers();
  expect(response.status(), url).toBeLessThan(500);
  const csp = h["content-security-policy"] ?? "";
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, `${url}: ${directive}`).toContain(directive);
  expect(h["x-content-type-options"], url).toBe("nosniff");
  expect(h["x-frame-options"], url).toBe("DENY");
  expect(h["referrer-policy"], url).toBe(TOKEN_PAGES.test(url) ? "no-referrer" : "strict-origin-when-cross-origin");
  expect(h["permissions-policy"], url).toContain("camera=()");
  expect(h["strict-transport-security"], url).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
  expect(h["x-powered-by"], url).toBeUndefined();
}

test("every route answers with the security headers and without X-Powered-By", async ({ request }) => {
  const all = [...new Set([...routes(), ...EXTRA])];
  expect(all.length).toBeGreaterThan(50);
  for (const url of all) expectSecurityHeaders(await request.get(url, { maxRedirects: 0 }), url);
  // Writes too: a POST to a route handler and to a page.
  for (const url of ["/api/unsubscribe/1.request.AAAAAAAAAAAAAAAAAAAAAA", "/api/revalidate", "/forum"]) expectSecurityHeaders(await request.post(url, { maxRedirects: 0 }), url);
});

test("a cross-origin POST to a server action is refused with a 403 and changes nothing; the same form from the site works", async ({ request, baseURL }) => {
  const html = await (await request.get("/forgot-password")).text();
  // The no-JavaScript form: React renders the action's reference as hidden fields.
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((m) => [m[1]!, (m[2] ?? "").replaceAll("&quot;", '"')]));
  expect(Object.keys(fields).length).toBeGreaterThan(0);
  const stamp = Date.now();
  const post = (origin: string, email: string) => request.post("/forgot-password", { headers: { origin }, multipart: { ...fields, email }, maxRedirects: 0 });

  const foreign = await post("https://evil.example", `member-80+${stamp}@example.com`);
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain("accepts changes only from its own pages");
  // As a script would call it (Next-Action header), from another site.
  const actionId = /"id":"([0-9a-f]+)"/.exec(Object.values(fields).join(" "))?.[1];
  expect(actionId).toBeTruthy();
  const scripted = await request.post("/forgot-password", { headers: { origin: "https://evil.example", "next-action": actionId!, "content-type": "text/plain;charset=UTF-8" }, data: "[]", maxRedirects: 0 });
  expect(scripted.status()).toBe(403);

  // Nothing was queued for the refused address (the e2e server shows its outbox).
  expect(await (await request.get("/dev/outbox")).text()).not.toContain(`member-80+${stamp}`);

  // The same form from the site itself is answered normally.
  const own = await post(new URL(baseURL!).origin, "member-80@example.com");
  expect(own.status()).toBeLessThan(400);
  expect(await own.text()).toContain("If an account uses this address");
});
