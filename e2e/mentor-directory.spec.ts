import { expect, test } from "@playwright/test";

test("a learner filters the mentor directory, shares the URL, and is told what to loosen when nothing fits", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Find a mentor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Find a mentor" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^\d+ mentors match\.$/);
  const all = Number((await page.getByRole("status").innerText()).split(" ")[0]);
  expect(all).toBeGreaterThanOrEqual(40);

  const filters = page.getByRole("form", { name: "Filter mentors" });
  await filters.getByLabel("Language").selectOption("Spanish");
  await filters.getByLabel("Only mentors taking new mentees").check();
  await filters.getByRole("button", { name: "Show mentors" }).click();
  await expect(page).toHaveURL(/language=Spanish/);
  await expect(page).toHaveURL(/accepting=1/);
  const cards = page.getByRole("listitem");
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(all);
  for (let i = 0; i < count; i++) {
    await expect(cards.nth(i)).toContainText("Spanish");
    await expect(cards.nth(i)).toContainText("Taking new mentees");
  }

  // The URL alone reproduces the search.
  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByRole("form", { name: "Filter mentors" }).getByLabel("Language")).toHaveValue("Spanish");
  await expect(page.getByRole("listitem")).toHaveCount(count);

  await page.goto("/mentors?tz=Pacific/Kiritimati&within=0&language=Amharic&accepting=1");
  await expect(page.getByRole("status")).toHaveText("0 mentors match.");
  await expect(page.getByText("No mentor fits all of these filters.")).toBeVisible();
  await expect(page.getByText("allow more than 0 hours of time difference")).toBeVisible();
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/mentors$/);
});

test("nonsense filters in the URL are ignored, not an error", async ({ page }) => {
  const response = await page.goto("/mentors?topic=%3Cscript%3E&language=Klingon&within=999&page=-4&sort=%22");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toHaveText(/^\d+ mentors match\.$/);
});
