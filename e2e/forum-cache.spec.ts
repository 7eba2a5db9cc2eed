import { expect, test } from "@playwright/test";
import { signedInPage as as } from "./support/sign-in";

// Visitors (no session cookie) get forum pages from Next's cache: proxy.ts
// rewrites them to /forum/public/…, and every forum write and moderation
// action revalidates them (lib/content-refresh/forum-views.ts).
const AUTHOR = "member-70@example.com";
const REPLIER = "member-71@example.com";
const MODERATOR = "moderator@example.com";

test("a visitor's cached thread shows a new reply at once, and loses it when a moderator hides it", async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const title = `Is this page cached for visitors? ${stamp}`;
  const replyText = `Visitors see this reply at once ${stamp}.`;

  const author = await as(browser, AUTHOR, "/forum/introductions/new");
  await author.getByLabel("Title").fill(title);
  await author.getByLabel("Message").fill("Asking for the benchmark's sake.");
  await author.getByRole("button", { name: "Start thread" }).click();
  await expect(author.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const threadPath = new URL(author.url()).pathname;

  // A visitor reads it from the cache: rendered once, then a hit; no buttons, a link to sign in.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(threadPath);
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect((await visitor.reload())?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(visitor.getByText("to reply.")).toBeVisible();
  await expect(visitor.getByLabel("Your reply")).toHaveCount(0);

  // A member replies: the visitor's next read has it.
  const replier = await as(browser, REPLIER, threadPath);
  await replier.getByLabel("Your reply").fill(replyText);
  await replier.getByRole("button", { name: "Post reply" }).click();
  await expect(replier.getByText(replyText)).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText(replyText)).toBeVisible();

  // A moderator hides it: the visitor gets the notice instead.
  const mod = await as(browser, MODERATOR, threadPath);
  const reply = mod.getByRole("article", { name: /^Post 2 by/ });
  await reply.getByLabel("Reason").fill(`Checking the cache ${stamp}`);
  await reply.getByRole("button", { name: "Hide post" }).click();
  await expect(reply.getByRole("button", { name: "Restore post" })).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText("This post is hidden pending review")).toBeVisible();
  await expect(visitor.getByText(replyText)).toHaveCount(0);
});

test("the cached public routes answer 404 to addresses they did not make", async ({ request }) => {
  for (const path of ["/forum/public/t/abc/1", "/forum/public/t/1/0", "/forum/public/c/nowhere/1", "/forum/public/s/not-canonical/1"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
