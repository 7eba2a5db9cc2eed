import { E2E_BASE_URL } from "../playwright.config";
import { expect, test } from "@playwright/test";
import { SEED_ARTICLES } from "./support/seed-articles";

test("the RSS feed lists the articles with absolute links", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await response.text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
  for (const { slug, title } of SEED_ARTICLES) {
    expect(xml).toContain(`<link>${E2E_BASE_URL}/articles/${slug}</link>`);
    expect(xml).toContain(`<title>${title}</title>`);
  }
});

test("the sitemap and robots.txt point at real pages", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const { slug } of SEED_ARTICLES) expect(sitemap).toContain(`/articles/${slug}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${E2E_BASE_URL}/sitemap.xml`);
});

test("no page links anywhere that does not exist", async ({ page, request }) => {
  const seen = new Set<string>();
  const queue = ["/", "/articles"];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(path);
    expect(response?.status(), `${path}`).toBe(200);
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    for (const href of hrefs) {
      const url = new URL(href, page.url());
      if (url.origin !== new URL(page.url()).origin) throw new Error(`external link on ${path}: ${href}`);
      const target = url.pathname + url.search;
      if (url.pathname.endsWith(".xml")) {
        expect((await request.get(target)).status(), `${target} linked from ${path}`).toBe(200);
      } else if (!seen.has(target) && (target.startsWith("/articles") || target === "/search")) {
        queue.push(target);
      }
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(2 + SEED_ARTICLES.length);
});
