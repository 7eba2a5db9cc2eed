import { expect, test, type Page } from "@playwright/test";
import { signedInPage as as } from "./support/sign-in";

// The forum acceptance journey, with seeded accounts: the demo learner starts
// a thread, community learners reply and flag, the demo moderator reviews.
const LEARNER = "learner@example.com";
const REPLIER = "member-61@example.com";
const FLAGGERS = ["member-62@example.com", "member-63@example.com", "member-64@example.com"];
const MODERATOR = "moderator@example.com";

test("a thread is started and answered; three flags hide the reply; a moderator restores it, locks the thread, suspends the replier; the log shows it all", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `How do you keep a study group going? ${stamp}`;
  const replyText = `We meet every Sunday and rotate who leads ${stamp}.`;

  // The learner starts a thread.
  const lena = await as(browser, LEARNER, "/forum");
  await lena.getByRole("link", { name: /Learning communities/ }).first().click();
  await lena.getByRole("link", { name: "Start a thread" }).click();
  await lena.getByLabel("Title").fill(title);
  await lena.getByLabel("Message").fill("Ours fizzles out after a month. What works for you? <script>window.__pwned = 1</script>");
  await lena.getByRole("button", { name: "Start thread" }).click();
  await expect(lena.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await lena.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  const threadUrl = lena.url().replace(/[?#].*$/, "");

  // Another member replies.
  const replier = await as(browser, REPLIER, threadUrl.replace(/^https?:\/\/[^/]+/, ""));
  await replier.getByLabel("Your reply").fill(replyText);
  await replier.getByRole("button", { name: "Post reply" }).click();
  await expect(replier.getByText(replyText)).toBeVisible();
  const replyArticle = (page: Page) => page.getByRole("article", { name: /^Post 2 by/ });
  const replierHandle = (await replyArticle(replier).getByRole("link").first().getAttribute("href"))!.replace("/u/", "");

  // Three members flag it: it is hidden for everyone but moderators.
  for (const email of FLAGGERS) {
    const page = await as(browser, email, threadUrl.replace(/^https?:\/\/[^/]+/, ""));
    const post = replyArticle(page);
    await post.getByText("Flag", { exact: true }).click();
    await post.getByRole("radio", { name: "Spam" }).check();
    await post.getByRole("button", { name: "Send flag" }).click();
    // The third flag hides the post at once: the flagger then sees the notice instead.
    await expect(post.getByRole("status").or(post.getByText("This post is hidden pending review"))).toBeVisible();
    await page.context().close();
  }
  const visitor = await browser.newPage();
  await visitor.goto(threadUrl);
  await expect(visitor.getByText("This post is hidden pending review")).toBeVisible();
  await expect(visitor.getByText(replyText)).toHaveCount(0);

  // The moderator sees it, finds it in the queue and restores it.
  const mod = await as(browser, MODERATOR, "/moderation");
  const item = mod.getByRole("article", { name: `in “${title}”` });
  await expect(item).toContainText("Spam");
  await item.getByRole("button", { name: "Restore post" }).click();
  await expect(mod.getByRole("article", { name: `in “${title}”` })).toHaveCount(0);
  await visitor.reload();
  await expect(visitor.getByText(replyText)).toBeVisible();

  // ...then locks the thread: the learner is told, and has no reply box.
  await mod.goto(threadUrl);
  await mod.getByRole("button", { name: "Lock thread" }).click();
  await expect(mod.getByRole("button", { name: "Unlock thread" })).toBeVisible();
  await lena.reload();
  await expect(lena.getByText("This thread is locked: it takes no new replies.")).toBeVisible();
  await expect(lena.getByLabel("Your reply")).toHaveCount(0);

  // ...and suspends the replier, who can read but not post, and is told why.
  await mod.goto(`/moderation/users/${replierHandle}`);
  await mod.getByLabel("Duration").selectOption({ label: "1 day" });
  await mod.getByLabel("Reason", { exact: true }).fill(`Repeated spam links ${stamp}`);
  await mod.getByRole("button", { name: "Suspend member" }).click();
  await expect(mod.getByText(/suspended until/i).first()).toBeVisible();
  await replier.goto("/forum/introductions/new");
  await expect(replier.getByText(`Repeated spam links ${stamp}`)).toBeVisible();
  await expect(replier.getByRole("button", { name: "Start thread" })).toHaveCount(0);
  await replier.goto(threadUrl);
  await expect(replier.getByText(replyText)).toBeVisible();

  // The log has all of it, and nobody but staff may read it.
  await mod.goto("/moderation/log");
  const log = mod.getByRole("table");
  for (const action of ["Post hidden by flags", "Post restored", "Thread locked", "Member suspended"]) await expect(log.getByText(action).first()).toBeVisible();
  await expect(log).toContainText(`Repeated spam links ${stamp}`);
  expect((await lena.request.get("/moderation/log")).status()).toBe(403);
  expect((await lena.request.get("/moderation")).status()).toBe(403);
});

test("forum bad input: long posts, unknown ids, no script", async ({ browser }) => {
  const page = await as(browser, LEARNER, "/forum/site-feedback/new");
  await page.getByLabel("Title").fill("<b>Bold</b> title?");
  await page.getByLabel("Message").fill("x".repeat(100_001));
  await page.getByRole("button", { name: "Start thread" }).click();
  await expect(page.getByText(/at most 20,?000 characters/)).toBeVisible();
  for (const path of ["/forum/t/abc", "/forum/t/99999999", "/forum/nowhere", "/forum/t/1/edit/99999999"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});
