import { expect, test, type APIResponse } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { scriptPolicies, scriptPolicyProblems } from "./support/csp";

// Every page and route handler under app/, found on disk so a new one cannot
// be missed, plus metadata routes, static files, a 404 and the proxy's own
// answers. Dynamic segments get a sample value: the headers must be there
// whatever the status (200, redirect to sign-in, 403, 404, 405).

function routes(dir = "app", prefix = "", files = ["page.tsx", "route.ts"]): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = name.startsWith("[...") ? "a/b" : name.startsWith("[") ? "1" : name;
      found.push(...routes(full, `${prefix}/${segment}`, files));
    } else if (files.includes(name)) found.push(prefix || "/");
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

// Which scripts may run. Pages rendered per request carry a fresh nonce on
// each of their scripts; cached pages list their own inline scripts by hash
// (README, "Content-Security-Policy"). Either way no policy may allow inline
// script in general, and every script the page itself sends must be allowed,
// or the page would not work.
const PAGES = [...new Set([...routes("app", "", ["page.tsx"]), "/no-such-page", "/forum/no-such-category", "/u/no-such-member", "/mentors?language=Spanish", "/search?q=mentor", "/forum/search?q=mentorship", "/match"])];

test("every page allows exactly its own scripts: a nonce per request, or hashes of a cached page's inline scripts", async ({ request }) => {
  expect(PAGES.length).toBeGreaterThan(40);
  let checked = 0;
  for (const url of PAGES) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    expect(scriptPolicyProblems(response, await response.text()), url).toEqual([]);
    checked++;
  }
  expect(checked, "HTML pages checked").toBeGreaterThan(30);
});

test("a nonce is new on every request; a cached page's hashes are the same for everyone", async ({ request }) => {
  const nonceOf = async (url: string) => scriptPolicies(await request.get(url)).flat().find((s) => s.startsWith("'nonce-"));
  const [first, second] = [await nonceOf("/sign-in"), await nonceOf("/sign-in")];
  expect(first).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
  expect(second).not.toBe(first);
  const policyOf = async (url: string) => scriptPolicies(await request.get(url)).map((p) => p.join(" "));
  const article = "/articles/the-role-of-mentorship-in-career-development";
  const [a, b] = [await policyOf(article), await policyOf(article)];
  expect(a).toEqual(b);
  expect(a.join(" ")).toMatch(/'sha256-/);
  expect(a.join(" ")).not.toMatch(/'nonce-/);
});

// As if markup had got past the sanitizer: the page's HTML is altered on its
// way to the browser (headers kept), the way a stored injection would arrive.
test("markup injected into a page cannot run script, cached or per request; the page's own scripts do", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  const injected = `<script>window.__injected = "script"</script><img src="/no-such-image.png" onerror="window.__injected = 'handler'"><a id="injected-link" href="javascript:window.__injected='link'">x</a>`;
  await page.route(/\/(articles\/the-role-of-mentorship-in-career-development|sign-in)$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace("</body>", `${injected}</body>`) });
  });
  for (const url of ["/articles/the-role-of-mentorship-in-career-development", "/sign-in"]) {
    await page.goto(url);
    // React's own scripts ran: the page hydrated.
    await expect.poll(() => page.evaluate(() => Array.isArray((window as { __next_f?: unknown[] }).__next_f))).toBe(true);
    await page.locator("#injected-link").click();
    await expect.poll(() => violations.length, { message: `${url}: the injected script, handler and link are reported` }).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => (window as { __injected?: string }).__injected), url).toBeUndefined();
    expect(violations.every((v) => /inline|event handler|javascript:/i.test(v)), violations.join("\n")).toBe(true);
    violations.length = 0;
  }
});
