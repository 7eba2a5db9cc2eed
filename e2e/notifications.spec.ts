import { expect, test, type Page } from "@playwright/test";
import { signedInPage as as } from "./support/sign-in";

// Notifications through real pages, with seeded community members no other
// spec uses: a mentor and a learner (requests), a learner and a replier (forum).
const MENTOR = "member-5@example.com";
const LEARNER = "member-65@example.com";
const THREAD_STARTER = "member-66@example.com";
const REPLIER = "member-67@example.com";

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications/ });

async function unread(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
}

async function me(page: Page): Promise<{ handle: string; displayName: string }> {
  return ((await (await page.request.get("/api/me")).json()) as { user: { handle: string; displayName: string } }).user;
}

test("a mentor sees the bell count rise when a request arrives, and following it opens the request", async ({ browser }) => {
  test.setTimeout(90_000);
  const mentor = await as(browser, MENTOR, "/mentorships");
  await expect(bell(mentor)).toBeVisible();
  const before = await unread(mentor);
  const { handle, displayName } = await me(mentor);

  const learner = await as(browser, LEARNER, `/u/${handle}/request`);
  const { displayName: learnerName } = await me(learner);
  await learner.getByLabel(`Your message to ${displayName}`).fill("I would like help planning my first year as a team lead.");
  await learner.getByRole("checkbox").first().check();
  await learner.getByRole("button", { name: "Send request" }).click();
  await expect(learner.getByText("Request sent.")).toBeVisible();
  const requestPath = new URL(learner.url()).pathname;

  // The mentor's next page shows one more.
  await mentor.reload();
  await expect(bell(mentor)).toHaveAttribute("aria-label", `Notifications, ${before + 1} unread`);
  await bell(mentor).click();
  await expect(mentor.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await mentor.getByRole("link", { name: `Unread: ${learnerName} sent you a mentorship request.` }).click();
  await expect(mentor).toHaveURL(new RegExp(`${requestPath}$`));
  await expect(mentor.getByRole("button", { name: "Accept request" })).toBeVisible();
  // Opened means read.
  await expect(bell(mentor)).toHaveAttribute("aria-label", before === 0 ? "Notifications" : `Notifications, ${before} unread`);

  // Requests default to email too: the email sits in the outbox with a plain
  // text body, and its unsubscribe link works without signing in.
  const outbox = await (await browser.newContext()).newPage();
  await outbox.goto("/dev/outbox");
  const email = outbox.getByRole("listitem").filter({ hasText: `${learnerName} sent you a mentorship request.` }).first();
  await expect(email).toContainText(MENTOR);
  await expect(email.getByRole("link", { name: new RegExp(`${requestPath}$`) })).toBeVisible();
  await email.getByRole("link", { name: /\/unsubscribe\// }).click();
  await expect(outbox.getByText("Stop emails about mentorship requests?")).toBeVisible();
  await outbox.getByRole("button", { name: "Stop these emails" }).click();
  await expect(outbox.getByText("You will no longer get emails about mentorship requests.")).toBeVisible();
  await mentor.goto("/account/notifications");
  await expect(mentor.getByRole("group", { name: "Mentorship requests" }).getByRole("radio", { name: "In the app", exact: true })).toBeChecked();
  await mentor.goto(requestPath);

  // The learner is told of the answer; nobody is told of their own action.
  await mentor.getByRole("button", { name: "Accept request" }).click();
  await learner.goto("/notifications");
  await expect(learner.getByRole("link", { name: `Unread: ${displayName} accepted your mentorship request.` })).toBeVisible();
  await expect(learner.getByText("sent you a mentorship request")).toHaveCount(0);
});

test("a reply to a learner's thread notifies the learner, not the replier", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Notes from our reading circle ${Date.now()}`;
  const starter = await as(browser, THREAD_STARTER, "/forum");
  await starter.getByRole("link", { name: /Learning communities/ }).first().click();
  await starter.getByRole("link", { name: "Start a thread" }).click();
  await starter.getByLabel("Title").fill(title);
  await starter.getByLabel("Message").fill("We read one chapter a week and meet on Thursdays. How do you keep yours going?");
  await starter.getByRole("button", { name: "Start thread" }).click();
  await expect(starter.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const threadPath = new URL(starter.url()).pathname;
  const before = await unread(starter);

  const replier = await as(browser, REPLIER, threadPath);
  const replierBefore = await unread(replier);
  const { displayName: replierName } = await me(replier);
  await replier.getByLabel("Your reply").fill("We keep a shared list of questions for each chapter.");
  await replier.getByRole("button", { name: "Post reply" }).click();
  await expect(replier.getByText("We keep a shared list of questions for each chapter.")).toBeVisible();

  await starter.goto("/forum");
  await expect(bell(starter)).toHaveAttribute("aria-label", `Notifications, ${before + 1} unread`);
  await bell(starter).click();
  const link = starter.getByRole("link", { name: new RegExp(`^Unread: ${replierName} replied .*${title}`) });
  await link.click();
  await expect(starter).toHaveURL(new RegExp(threadPath));
  await expect(starter.getByText("We keep a shared list of questions for each chapter.")).toBeVisible();

  await replier.reload();
  expect(await unread(replier)).toBe(replierBefore);
});
