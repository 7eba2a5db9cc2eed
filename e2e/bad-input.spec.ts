import { expect, test } from "@playwright/test";

test.describe("search answers bad input with a message, never an error", () => {
  test("an empty search explains what to do", async ({ page }) => {
    const response = await page.goto("/search?q=");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Type a few words to search")).toBeVisible();
  });

  test("a 2,000-character search is refused with its length", async ({ page }) => {
    const response = await page.goto(`/search?q=${"a".repeat(2000)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toHaveText("Your search is 2,000 characters long; use at most 200.");
  });

  for (const q of ['"', "*", "NEAR(", 'mentor" OR *', "(((", "title:x"]) {
    test(`FTS syntax ${JSON.stringify(q)} is searched as words or explained`, async ({ page }) => {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Search articles" })).toBeVisible();
      await expect(page.getByRole("status")).toBeVisible();
    });
  }

  test("a search with no match says so and suggests what to do", async ({ page }) => {
    await page.goto("/search?q=xylophone");
    await expect(page.getByRole("status")).toContainText("No articles match “xylophone”.");
    await expect(page.getByRole("link", { name: "browse all articles" })).toBeVisible();
  });
});

test.describe("unknown addresses are a real 404", () => {
  for (const path of ["/articles/no-such-article", "/articles/page/999", "/articles/page/abc", "/articles/topic/no-such-topic", "/articles/%E0%A4%A", "/nothing-here"]) {
    test(`${path} is 404 with a way back`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      if (path !== "/articles/%E0%A4%A") {
        await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
        await expect(page.getByRole("link", { name: "Browse all articles" })).toBeVisible();
      }
    });
  }

  test("the refresh endpoint refuses callers without the secret", async ({ request }) => {
    const response = await request.post("/api/revalidate", { headers: { authorization: "Bearer guess" } });
    expect(response.status()).toBe(401);
  });
});
