import { expect, test } from "@playwright/test";
import { SEED_ARTICLES } from "./support/seed-articles";

test("a newcomer opens the home page, browses the articles, reads one and searches", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Grow through other people" })).toBeVisible();
  await expect(page.getByText(/mentorship and peer-support community/)).toBeVisible();

  await page.getByRole("link", { name: "Read the articles" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  for (const { title } of SEED_ARTICLES) {
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }

  // Filter by topic: only the engineering article remains.
  const topics = page.getByRole("navigation", { name: "Filter by topic" });
  await topics.getByRole("link", { name: /Engineering/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Articles on Engineering" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(topics.getByRole("link", { name: /Engineering/ })).toHaveAttribute("aria-current", "page");
  await topics.getByRole("link", { name: "All topics" }).click();

  // Read an article: its headings are headings, its metadata is shown.
  await page.getByRole("link", { name: "Benefits of joining learning communities?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Benefits of joining learning communities?" })).toBeVisible();
  await expect(page.getByText("Dr. Olivia Wilson")).toBeVisible();
  await expect(page.locator("time[datetime='2024-05-25']")).toHaveText("25 May 2024");
  await expect(page.getByRole("heading", { level: 2, name: "1. Skill Development and Lifelong Learning" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Conclusion: A Call to Action" })).toBeVisible();
  await expect(page.getByText("In today’s rapidly changing world")).toBeVisible();

  const related = page.getByRole("region", { name: "Related articles" });
  await expect(related.getByRole("link").first()).toBeVisible();

  // Search from the header.
  const search = page.getByRole("searchbox", { name: "Search articles" }).first();
  await search.fill("mentorship");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=mentorship/);
  await expect(page.getByRole("status")).toContainText(/articles? match/);
  const firstHit = page.getByRole("listitem").filter({ has: page.locator("mark") }).first();
  await expect(firstHit.locator("mark").first()).toHaveText(/mentor/i);
  await firstHit.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/);
});

test("each seed article reads as its source: no escaped newlines, mojibake or generator notes", async ({ page }) => {
  for (const { slug, title } of SEED_ARTICLES) {
    await page.goto(`/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const body = page.getByRole("article", { name: title });
    const text = await body.innerText();
    expect(text).not.toContain("\\n");
    expect(text).not.toMatch(/â€|Ã|Â/);
    expect(text).not.toContain("&nbsp;");
    expect(text).not.toMatch(/response is in Markdown/i);
    // Every article but the two question-and-answer ones is organised in sections.
    expect(await body.getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(slug.startsWith("how-do") ? 0 : 5);
  }
  await page.goto("/articles/how-does-community-support-contribute-to-professional-development");
  await expect(page.getByRole("article", { name: /^How does community support/ }).locator("ol > li")).toHaveCount(7);
  await expect(page.getByText("staying current in one’s field")).toBeVisible();
});

test("an article page carries metadata and Open Graph tags from its fields", async ({ page }) => {
  await page.goto("/articles/how-does-community-support-contribute-to-professional-development");
  await expect(page).toHaveTitle("How does community support contribute to professional development? · Tandem");
  const meta = (selector: string) => page.locator(selector).getAttribute("content");
  expect(await meta("meta[name='description']")).toMatch(/^Community support is essential/);
  expect(await meta("meta[property='og:type']")).toBe("article");
  expect(await meta("meta[property='og:title']")).toBe("How does community support contribute to professional development?");
  expect(await meta("meta[property='article:published_time']")).toBe("2024-12-14");
  expect(await meta("meta[property='article:author']")).toBe("QuickTakes");
  expect(await meta("meta[property='article:section']")).toBe("Education Studies");
  expect(await meta("meta[name='keywords']")).toContain("community support");
});
