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
