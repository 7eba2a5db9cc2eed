import { expect, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";

test("a mentor drafts, previews and publishes guidance that search then finds; a moderator unpublishes it with a reason", async ({ browser }) => {
  const id = Date.now();
  const title = `Asking for feedback without fear ${id}`;
  const mentorContext = await browser.newContext();
  const page = await mentorContext.newPage();
  await signInAs(page, "mentor@example.com", "/write");
  await page.getByRole("link", { name: "Write an article" }).click();

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("A short routine for asking your mentor for honest feedback every week.");
  await page.getByLabel("Article", { exact: true }).fill(`## Make it routine\n\nAsk for **one** thing to improve after every session. Keep a log called feedbacklog${id}.\n\n<script>window.__pwned = true</script>`);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: "Make it routine" })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("one");
  await expect(preview.locator("script")).toHaveCount(0);

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved. Only you can see it.")).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: title });
  await expect(row).toContainText("draft");

  // Nobody reads a draft: not by search, not by its address.
  const visitor = await browser.newPage();
  await visitor.goto(`/search?q=feedbacklog${id}`);
  await expect(visitor.getByRole("status")).toContainText("No articles match");

  // A learner cannot open the mentor's editor.
  await row.getByRole("link", { name: title }).click();
  const editUrl = page.url();
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await signInAs(learner, "learner@example.com", "/account");
  await expect(learner.getByRole("heading", { name: "Your account" })).toBeVisible();
  expect((await learner.goto(editUrl))?.status()).toBe(403);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: it is now in the articles, search and the feed.")).toBeVisible();

  await expect(async () => {
    await visitor.goto(`/search?q=feedbacklog${id}`);
    await expect(visitor.getByRole("link", { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Marco Mentor" })).toHaveAttribute("href", "/u/marco-mentor");
  expect(await visitor.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  const articleUrl = visitor.url();

  const moderatorContext = await browser.newContext();
  const moderator = await moderatorContext.newPage();
  await signInAs(moderator, "moderator@example.com", "/moderation/articles");
  await moderator.getByLabel(`Reason for unpublishing “${title}”`).fill("Please remove the personal log name.");
  await moderator.getByRole("button", { name: `Unpublish “${title}”` }).click();
  await expect(moderator.getByText("The article is unpublished; its author sees your reason.")).toBeVisible();

  await expect(async () => {
    expect((await visitor.goto(articleUrl))?.status()).toBe(404);
  }).toPass({ timeout: 10_000 });
  await page.goto("/write");
  await expect(page.getByText("Unpublished by a moderator: Please remove the personal log name.")).toBeVisible();
  for (const context of [mentorContext, learnerContext, moderatorContext]) await context.close();
});
