import { expect, test } from "@playwright/test";
import { runImport } from "./support/import-cli";

const article = (id: number, title: string, paragraph: string) =>
  `---\nid: e2e-${id}\ntitle: "${title}"\nauthor: "E2E Author"\ndate: 2026-01-15\nsubject: "Imported While Running"\nsummary: "An article imported while the app runs."\n---\n\n## First section\n\n${paragraph}\n`;

test("an article imported while the app runs shows on its pages within seconds, and a re-import updates it", async ({ page }) => {
  const id = Date.now();
  const source = article(id, `Peer circles that last ${id}`, "Circles meet every second week.");
  const first = runImport({ "peer-circles.md": source });
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toContain("1 created");
  expect(first.stdout).toContain("now shows the changes");

  await expect(async () => {
    await page.goto("/articles");
    await expect(page.getByRole("heading", { level: 2, name: `Peer circles that last ${id}` })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });

  await page.getByRole("link", { name: `Peer circles that last ${id}` }).click();
  await expect(page.getByText("Circles meet every second week.")).toBeVisible();
  const url = page.url();

  const second = runImport({ "peer-circles.md": source.replace("Circles meet every second week.", "Circles now meet weekly.") });
  expect(second.stdout).toContain("1 updated");
  await expect(async () => {
    await page.goto(url);
    await expect(page.getByText("Circles now meet weekly.")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByText("Circles meet every second week.")).toHaveCount(0);

  await page.goto("/search?q=circles%20weekly");
  await expect(page.getByRole("link", { name: `Peer circles that last ${id}` })).toBeVisible();
});

test("a malformed file is refused with its name and reason, and nothing of the batch is written", async ({ page }) => {
  const id = Date.now();
  const result = runImport({
    "good.md": article(id, `Should not appear ${id}`, "Text."),
    "broken.md": "---\ntitle: [unclosed\n---\nText",
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/broken\.md: front matter is not valid YAML/);
  expect(result.stderr).toContain("Nothing was imported.");
  await page.goto(`/search?q=${encodeURIComponent(`Should not appear ${id}`)}`);
  await expect(page.getByRole("link", { name: `Should not appear ${id}` })).toHaveCount(0);
});

test("a cached search result page refreshes after an import", async ({ page }) => {
  const id = Date.now();
  const word = `zebrafish${id}`;
  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole("status")).toContainText(`No articles match “${word}”.`);

  const result = runImport({ "zebrafish.md": article(id, `Mentoring zebrafish keepers ${id}`, `Notes on ${word} care.`) });
  expect(result.status, result.stderr).toBe(0);
  await expect(async () => {
    await page.goto(`/search?q=${word}`);
    await expect(page.getByRole("link", { name: `Mentoring zebrafish keepers ${id}` })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
});
