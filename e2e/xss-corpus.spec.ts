import { expect, test, type Page } from "@playwright/test";
import { readCalendar, readFeed } from "./support/xss-feeds";
import { formValues, lineValues, payloadsFor, SENTINEL, storedValues, valuesFor, XSS_FIELDS, type XssField } from "./support/xss-fields";
import { XssGuard } from "./support/xss-guard";
import { XSS_PAYLOADS } from "./support/xss-payloads";
import { runXssStore, type XssManifest } from "./support/xss-store-run";

// Hostile input, the hardening issue's way: a corpus of 150 XSS payloads
// (support/xss-payloads.ts) goes into every free-text field a member can fill
// (support/xss-fields.ts), the first values of each through the real forms,
// the rest through the same lib/ functions (support/xss-store.ts). Then every
// page that shows them is opened and fails on any dialog, page error, console
// error, window.__xss, or markup that should not be there (support/
// xss-dom-scan.ts); a few checks make sure the text is there, escaped, so
// nothing passes by not showing it. The feed and the calendar file are read
// as text. Reflected query parameters get the whole corpus too.

test.describe.configure({ mode: "serial", timeout: 120_000 });

const MENTOR = "member-20@example.com";
const LEARNER = "member-51@example.com";
const OTHER_LEARNER = "member-52@example.com";
const APPEALER = "member-58@example.com";
const LIFTED = "member-57@example.com";
const MODERATOR = "moderator@example.com";
const ADMIN = "admin@example.com";
const SIGN_UP = { email: "xss-sign-up@example.com", password: "hostile names are text too" };

let guard: XssGuard;
let manifest: XssManifest;
// What the form tests made, for the page tests.
const made = { mentorHandle: "", learnerHandle: "", signUpHandle: "", replyId: 0, spaceUrl: "", requestUrls: [] as string[], articleSlug: "", appealerHandle: "", liftedHandle: "" };

const one = (field: XssField, i = 0) => formValues(field)[i]!;
const sentinelOf = (field: XssField, i = 0) => `${SENTINEL} ${field} ${i + 1}`;
const me = async (page: Page) => ((await (await page.request.get("/api/me")).json()) as { user: { handle: string; displayName: string } }).user;
/** A member's handle, as the admin's user list shows it. */
const handleOf = async (email: string) => {
  const admin = await guard.as(ADMIN, `/admin/users?q=${encodeURIComponent(email)}`);
  return /@([a-z0-9-]+)/.exec(await admin.getByRole("rowheader").first().innerText())![1]!;
};
const inFuture = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.beforeAll(({ browser }) => {
  guard = new XssGuard(browser);
});

test.afterAll(async () => {
  await guard.closeAll();
});

test.afterEach(() => {
  const problems = guard.take();
  expect(problems, `\n${problems.join("\n")}\n`).toEqual([]);
});

test("the corpus is what the issue asks for", () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  expect(new Set(XSS_PAYLOADS.map((p) => p.text)).size).toBe(XSS_PAYLOADS.length);
  // Each payload names itself in whatever it would run: alert(N), window.__xss=N, an element xss-N.
  const anonymous = XSS_PAYLOADS.filter((p) => {
    const readable = p.text.replace(/base64,([A-Za-z0-9+/=]+)/g, (_, b64: string) => Buffer.from(b64, "base64").toString());
    return !new RegExp(`\\(${p.id}\\)|__xss=${p.id}|xss-${p.id}`).test(readable);
  });
  expect(anonymous.map((p) => p.label)).toEqual([]);
  // Every field's values carry every payload it can take: all but the few too
  // long for a short field (and, for names, those the name rule refuses).
  const missing: string[] = [];
  for (const field of Object.keys(XSS_FIELDS) as XssField[]) {
    const packed = valuesFor(field).join("\n");
    const asStored = (text: string) => (XSS_FIELDS[field].shape === "text" ? text : text.replace(/\s*[\r\n]+\s*/g, " ")).trim();
    missing.push(...payloadsFor(field).filter((p) => !packed.includes(asStored(p.text))).map((p) => `${field}: payload ${p.id}`));
    if (!["displayName", "oauthName"].includes(field) && payloadsFor(field).length < 140) missing.push(`${field} takes only ${payloadsFor(field).length} payloads`);
  }
  expect(missing).toEqual([]);
});

test("profiles and a sign-up through the real forms", async () => {
  for (const [email, i] of [[MENTOR, 0], [LEARNER, 1]] as const) {
    const page = await guard.as(email, "/account/profile");
    await page.getByLabel("Headline").fill(one("headline", i));
    await page.getByLabel("Bio").fill(one("bio", i));
    await page.getByLabel("Your goals").fill(one("profileGoals", i));
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Profile saved.")).toBeVisible();
    // The form, filled again with what was saved: </textarea> and quotes stay inside it.
    await expect(page.getByLabel("Bio")).toHaveValue(one("bio", i));
    await guard.check(page, "profile form");
  }
  made.mentorHandle = (await me(await guard.as(MENTOR, "/account"))).handle;
  made.learnerHandle = (await me(await guard.as(LEARNER, "/account"))).handle;

  // An address of its own for the sign-up limit, so other specs' sign-ups do not count.
  const visitor = await guard.open(undefined, undefined, { extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" } });
  await visitor.goto("/sign-up");
  await visitor.getByLabel("Your name").fill("<script>alert(0)</script>");
  await visitor.getByLabel("Email").fill(SIGN_UP.email);
  await visitor.getByLabel("Password").fill(SIGN_UP.password);
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByText("Use letters, numbers, spaces and punctuation only.")).toBeVisible();
  await guard.check(visitor, "sign-up refusing markup");
  await visitor.getByLabel("Your name").fill(one("displayName"));
  await visitor.getByLabel("Password").fill(SIGN_UP.password);
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor.getByText(`Welcome to Tandem, ${one("displayName")}! Your account is ready.`)).toBeVisible();
  await guard.check(visitor, "account after sign-up");
  made.signUpHandle = (await me(visitor)).handle;
  await visitor.context().close();
});

test("requests through the real forms: sent, questioned, answered, accepted; another declined", async () => {
  const learner = await guard.as(LEARNER, `/u/${made.mentorHandle}/request`);
  await guard.check(learner, "request form with corpus goals as choices");
  for (const box of await learner.getByRole("checkbox").all()) await box.uncheck();
  await learner.getByLabel(/^Your message to/).fill(one("requestMessage"));
  await learner.getByLabel(/Other goals|Goals to work on/).fill(one("requestGoals"));
  await learner.getByRole("button", { name: "Send request" }).click();
  await expect(learner.getByText("Request sent.")).toBeVisible();
  await guard.check(learner, "request sent");
  const requestUrl = learner.url().replace(/\?.*$/, "");
  made.requestUrls.push(requestUrl);

  const mentor = await guard.as(MENTOR, requestUrl);
  await mentor.getByLabel(/^Your question to/).fill(one("requestQuestion"));
  await mentor.getByRole("button", { name: "Ask a question" }).click();
  await expect(mentor.getByText(sentinelOf("requestQuestion"))).toBeVisible();
  await learner.reload();
  await learner.getByLabel("Your answer").fill(one("requestAnswer"));
  await learner.getByRole("button", { name: "Send answer" }).click();
  await expect(learner.getByText(sentinelOf("requestAnswer"))).toBeVisible();
  await guard.check(learner, "request answered");
  await mentor.reload();
  await guard.check(mentor, "request seen by the mentor");
  await mentor.getByRole("button", { name: "Accept request" }).click();
  await expect(mentor.getByRole("heading", { level: 1, name: /^Mentorship with/ })).toBeVisible();
  made.spaceUrl = mentor.url().replace(/[?#].*$/, "");

  // A second request, to the same mentor, declined with a note.
  const otherLearner = await guard.as(OTHER_LEARNER, `/u/${made.mentorHandle}/request`);
  for (const box of await otherLearner.getByRole("checkbox").all()) await box.uncheck();
  await otherLearner.getByLabel(/^Your message to/).fill(one("requestMessage", 1));
  await otherLearner.getByLabel(/Other goals|Goals to work on/).fill(one("requestGoals", 1));
  await otherLearner.getByRole("button", { name: "Send request" }).click();
  await expect(otherLearner.getByText("Request sent.")).toBeVisible();
  made.requestUrls.push(otherLearner.url().replace(/\?.*$/, ""));
  await mentor.goto(made.requestUrls[1]!);
  await mentor.getByLabel("Reason").selectOption({ label: "Another reason (see note)" });
  await mentor.getByLabel("Note to the learner (optional)").fill(one("declineNote"));
  await mentor.getByRole("button", { name: "Decline request" }).click();
  await expect(mentor.getByText(sentinelOf("declineNote"))).toBeVisible();
  await guard.check(mentor, "request declined");
});

test("the mentorship space through the real forms, and its calendar file", async () => {
  const mentor = await guard.as(MENTOR, made.spaceUrl);
  await mentor.getByLabel("New goal").fill(one("mentorshipGoal"));
  await mentor.getByRole("button", { name: "Add goal" }).click();
  await expect(mentor.getByRole("region", { name: "Goals" })).toContainText(one("mentorshipGoal"));
  await mentor.getByLabel("Message").fill(one("message"));
  await mentor.getByRole("button", { name: "Send message" }).click();
  await expect(mentor.getByRole("region", { name: "Conversation" })).toContainText(sentinelOf("message"));
  await mentor.getByLabel("Session date and time").fill(`${inFuture(3)}T18:30`);
  await mentor.getByLabel("Notes").fill(one("sessionNotes"));
  await mentor.getByLabel("Next steps").fill(one("sessionNextSteps"));
  await mentor.getByRole("button", { name: "Log session" }).click();
  await expect(mentor.getByText("Session logged.")).toBeVisible();
  await guard.check(mentor, "mentorship space");

  const calendar = await mentor.request.get(`${made.spaceUrl}/next-session.ics`);
  expect(calendar.status()).toBe(200);
  const { problems, values } = readCalendar(await calendar.text());
  expect(problems).toEqual([]);
  expect(values.get("DESCRIPTION")).toBe(one("sessionNextSteps").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ""));

  const learner = await guard.as(LEARNER, made.spaceUrl);
  const report = learner.getByRole("region", { name: "Report a problem" });
  await report.getByLabel("Reason").fill(one("reportReason"));
  await report.getByRole("button", { name: "Report a problem" }).click();
  await expect(learner.getByText(/your report was sent to the moderators/)).toBeVisible();

  const end = mentor.getByRole("region", { name: "End the mentorship" });
  await end.getByLabel("Reason").fill(one("endReason"));
  await end.getByRole("button", { name: "Complete mentorship" }).click();
  await expect(mentor.getByText(/It is now read-only/)).toBeVisible();

  for (const [page, i] of [[learner, 0], [mentor, 1]] as const) {
    await page.reload();
    const feedback = page.getByRole("region", { name: "Feedback" });
    await feedback.getByLabel("Rating").selectOption(String(5 - i));
    await feedback.getByLabel("Comment").fill(one("feedbackComment", i));
    await feedback.getByRole("button", { name: "Leave feedback" }).click();
    await expect(feedback).toContainText(sentinelOf("feedbackComment", i));
  }
  await expect(mentor.getByRole("region", { name: "Feedback" })).toContainText(sentinelOf("feedbackComment", 0));
  await guard.check(mentor, "ended mentorship");
});

test("the forum through the real forms: thread, reply, edits, a flag, the moderator's tools", async () => {
  const mentor = await guard.as(MENTOR, "/forum/site-feedback/new");
  await mentor.getByLabel("Title").fill(one("threadTitle"));
  await mentor.getByLabel("Message").fill(one("threadBody"));
  await mentor.getByRole("button", { name: "Start thread" }).click();
  await expect(mentor.getByRole("heading", { level: 1 })).toHaveText(one("threadTitle"));
  await guard.check(mentor, "new thread");
  const threadPath = new URL(mentor.url()).pathname;

  const learner = await guard.as(LEARNER, threadPath);
  await learner.getByLabel("Your reply").fill(one("replyBody"));
  await learner.getByRole("button", { name: "Post reply" }).click();
  await expect(learner.getByText(sentinelOf("replyBody"))).toBeVisible();
  const reply = learner.getByRole("article", { name: /^Post 2 by/ });
  made.replyId = Number((await reply.getAttribute("id"))!.replace("post-", ""));
  await reply.getByRole("link", { name: "Edit" }).click();
  await guard.check(learner, "edit form holding the reply");
  await learner.getByLabel("Message").fill(one("editBody"));
  await learner.getByRole("button", { name: "Save changes" }).click();
  await expect(learner.getByText(sentinelOf("editBody"))).toBeVisible();
  await guard.check(learner, "edited reply");

  await mentor.getByRole("article", { name: /^Post 1 by/ }).getByRole("link", { name: "Edit" }).click();
  await mentor.getByLabel("Title").fill(one("threadTitle", 1));
  await mentor.getByRole("button", { name: "Save changes" }).click();
  await expect(mentor.getByRole("heading", { level: 1 })).toHaveText(one("threadTitle", 1));

  const flagger = await guard.as(OTHER_LEARNER, threadPath);
  const opening = flagger.getByRole("article", { name: /^Post 1 by/ });
  await opening.getByText("Flag", { exact: true }).click();
  await opening.getByRole("radio", { name: "Other" }).check();
  await opening.getByLabel("Note").fill(one("flagNote"));
  await opening.getByRole("button", { name: "Send flag" }).click();
  await expect(opening.getByRole("status")).toContainText("the moderators will look at this post");

  const moderator = await guard.as(MODERATOR, threadPath);
  await guard.check(moderator, "thread with a flagged post, as staff");
  const flagged = moderator.getByRole("article", { name: /^Post 1 by/ });
  await flagged.getByRole("textbox", { name: "Reason" }).fill(one("postToolReason"));
  await flagged.getByRole("button", { name: "Approve post" }).click();
  await expect(moderator.getByText(/Post approved/)).toBeVisible();
  const tools = moderator.getByRole("region", { name: "Moderator tools" });
  await tools.getByRole("textbox", { name: "Reason" }).fill(one("threadToolReason"));
  await tools.getByRole("button", { name: "Pin thread" }).click();
  await expect(tools.getByRole("button", { name: "Unpin thread" })).toBeVisible();
  await tools.getByLabel("New title").fill(one("renameTitle"));
  await tools.getByRole("button", { name: "Rename thread" }).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText(one("renameTitle"));
  await guard.check(moderator, "thread after the moderator's tools");
});

test("moderation through the real forms: staff note, suspensions, an appeal, the queue", async () => {
  const appealer = await guard.as(APPEALER, "/account");
  made.appealerHandle = (await me(appealer)).handle;
  made.liftedHandle = await handleOf(LIFTED);

  const moderator = await guard.as(MODERATOR, `/moderation/users/${made.appealerHandle}`);
  await moderator.getByRole("textbox", { name: "Staff note" }).fill(one("staffNote"));
  await moderator.getByRole("button", { name: "Add note" }).click();
  await expect(moderator.getByText(sentinelOf("staffNote"))).toBeVisible();
  await moderator.getByLabel("Duration").selectOption({ label: "1 day" });
  await moderator.getByLabel("Reason", { exact: true }).fill(one("suspensionReason"));
  await moderator.getByRole("button", { name: "Suspend member" }).click();
  await expect(moderator.getByText(/suspended until/i).first()).toBeVisible();
  await guard.check(moderator, "member page after a suspension");

  await appealer.goto("/account/appeal");
  await appealer.getByLabel("Your appeal").fill(one("appeal"));
  await appealer.getByRole("button", { name: "Send appeal" }).click();
  await expect(appealer.getByText(sentinelOf("appeal"))).toBeVisible();
  await guard.check(appealer, "appeal page");

  await moderator.goto(`/moderation/users/${made.liftedHandle}`);
  await moderator.getByLabel("Reason", { exact: true }).fill(one("suspensionReason", 1));
  await moderator.getByRole("button", { name: "Suspend member" }).click();
  await expect(moderator.getByRole("button", { name: "Lift suspension" })).toBeVisible();
  await moderator.getByLabel("Reason for lifting").fill(one("liftReason"));
  await moderator.getByRole("button", { name: "Lift suspension" }).click();
  await expect(moderator.getByRole("region", { name: "Moderation history" })).toContainText(`Suspension lifted by Mira Moderator: ${one("liftReason")}`);

  await moderator.goto("/moderation");
  const report = moderator.getByRole("article", { name: /^Report \d+ from mentorship/ }).first();
  await report.getByRole("textbox").fill(one("queueReason"));
  await report.getByRole("button", { name: /^Mark report resolved/ }).click();
  await expect(moderator).toHaveURL(/done=/);
  await guard.check(moderator, "queue after resolving a report");
});

test("guidance articles through the real forms: preview, publish, unpublish", async () => {
  const mentor = await guard.as(MENTOR, "/write/new");
  await mentor.getByLabel("Title").fill(one("articleTitle"));
  await mentor.getByLabel("Summary").fill(one("articleSummary"));
  await mentor.getByRole("textbox", { name: "Article", exact: true }).fill(one("articleBody"));
  await mentor.getByRole("button", { name: "Preview" }).click();
  await expect(mentor.getByText(sentinelOf("articleBody"), { exact: true })).toBeVisible();
  await guard.check(mentor, "article preview");
  await mentor.getByRole("button", { name: "Publish" }).click();
  await mentor.waitForURL(/\/write\?saved=published/);
  made.articleSlug = new URL(mentor.url()).searchParams.get("slug")!;

  await mentor.goto("/write/new");
  await mentor.getByLabel("Title").fill(one("articleTitle", 1));
  await mentor.getByLabel("Summary").fill(one("articleSummary", 1));
  await mentor.getByRole("textbox", { name: "Article", exact: true }).fill("A second article from the corpus run, published so that a moderator can unpublish it with a reason.");
  await mentor.getByRole("button", { name: "Publish" }).click();
  await mentor.waitForURL(/\/write\?saved=published/);
  const doomed = new URL(mentor.url()).searchParams.get("slug")!;
  await guard.check(mentor, "own articles");
  // Away from its link, which Next prefetches: a prefetch of it once unpublished would be a 404.
  await mentor.goto("/account");

  const moderator = await guard.as(MODERATOR, "/moderation/articles");
  await guard.check(moderator, "members' articles");
  const item = moderator.locator("li", { has: moderator.locator(`a[href="/articles/${doomed}"]`) });
  await item.getByRole("textbox").fill(one("unpublishReason"));
  await item.getByRole("button", { name: /^Unpublish/ }).click();
  await expect(moderator.getByText("The article is unpublished; its author sees your reason.")).toBeVisible();
  await mentor.goto("/write");
  await expect(mentor.getByText(one("unpublishReason"), { exact: false })).toBeVisible();
  await guard.check(mentor, "own articles with a moderator's reason");
});

test("search boxes through the real forms", async () => {
  const query = XSS_PAYLOADS.find((p) => p.label === "attribute breakout to svg")!.text;
  const visitor = await guard.open();
  await visitor.goto("/search");
  await visitor.getByRole("searchbox", { name: "Search articles" }).last().fill(query);
  await visitor.getByRole("button", { name: "Search", exact: true }).click();
  await guard.check(visitor, "article search");
  await visitor.goto("/mentors");
  await visitor.getByLabel("Search mentors").fill(query);
  await visitor.getByRole("button", { name: "Show mentors" }).click();
  await guard.check(visitor, "mentor search");
  await visitor.goto("/forum/search");
  await visitor.getByRole("searchbox").last().fill(query);
  await visitor.getByRole("searchbox").last().press("Enter");
  await guard.check(visitor, "forum search");
  await visitor.context().close();

  const admin = await guard.as(ADMIN, "/admin/users");
  await admin.getByLabel("Search users").fill(query);
  await admin.getByRole("button", { name: "Search", exact: true }).click();
  await guard.check(admin, "user search");
  await admin.goto("/moderation/log");
  await admin.getByLabel("Moderator (handle)").fill(query);
  await admin.getByRole("button", { name: "Filter" }).click();
  await guard.check(admin, "moderation log filter");
});

test("the rest of the corpus is stored through lib/, as the server actions store it", async () => {
  manifest = await runXssStore();
  for (const field of Object.keys(XSS_FIELDS) as XssField[]) expect(manifest.stored[field] ?? 0, field).toBe(storedValues(field).length);
  expect(manifest.emailViolations).toEqual([]);
  // Not for want of trying: notification emails do quote names, titles and reasons from the corpus.
  expect(manifest.emailsQuotingMarkup).toBeGreaterThan(10);
});

// From here on, each kind of page is rendered in Chromium (the instances
// holding the most corpus text), and every instance is fetched and scanned.

test("profiles, the directory and matches", async () => {
  const visitor = await guard.open();
  // There as text: the headline, the bio (rendered), and a name with markup, in <title> too.
  await guard.visit(visitor, `/u/${made.mentorHandle}`, { label: "profile" });
  await expect(visitor.locator("main")).toContainText(one("headline"));
  await expect(visitor.getByText(sentinelOf("bio"), { exact: true })).toBeVisible();
  const breakout = manifest.hostile.find((h) => h.displayName.startsWith("</title>"))!;
  await guard.visit(visitor, `/u/${breakout.handle}`, { label: "profile" });
  expect(await visitor.title()).toContain(breakout.displayName);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(breakout.displayName);
  for (const handle of [made.learnerHandle, made.signUpHandle, ...manifest.profileHandles.slice(0, 2)]) await guard.visit(visitor, `/u/${handle}`, { label: "profile" });
  await guard.scanAll(visitor, [...new Set([...manifest.profileHandles, ...manifest.hostile.map((h) => h.handle)])].map((h) => `/u/${h}`), { label: "profile" });

  await guard.visit(visitor, `/mentors?q=${SENTINEL}`, { label: "directory" });
  expect(await guard.scanAll(visitor, [`/mentors?q=${SENTINEL}`], { label: "directory", follow: true })).toBeGreaterThan(1);
  const learner = await guard.as(LEARNER, "/match");
  await guard.check(learner, "matches");
  await guard.scanAll(learner, ["/match"], { label: "matches", follow: true });
  await guard.visit(learner, "/account/profile", { label: "own profile form" });
});

test("the forum, as a visitor, a member and a moderator", async () => {
  const [formThread, ...titled] = manifest.threadIds;
  const thread = `/forum/t/${formThread}`;
  const visitor = await guard.open();
  for (const path of ["/forum", `/forum/${manifest.categorySlug}`, `/forum/t/${titled[0]}`, `/forum/search?q=${SENTINEL}`]) await guard.visit(visitor, path);
  await guard.visit(visitor, thread, { label: "thread with the whole corpus" });
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(one("renameTitle"));
  await expect(visitor.getByRole("article", { name: /^Post 1 by/ }).locator("code").filter({ hasText: "<script>alert(" }).first()).toBeVisible();
  // Snippets are where a search marks the words it found: the markup around them stays text.
  await guard.visit(visitor, "/forum/search?q=onerror");
  await expect(visitor.locator("main mark").first()).toBeVisible();
  await expect(visitor.locator("main")).toContainText("<img src=x onerror=alert(");
  await guard.scanAll(visitor, [thread, `/forum/${manifest.categorySlug}`, `/forum/search?q=${SENTINEL}`, "/forum/search?q=onerror", "/forum/search?q=javascript%20alert"], { label: "forum", follow: true });
  await guard.scanAll(visitor, titled.map((id) => `/forum/t/${id}`), { label: "thread" });

  const learner = await guard.as(LEARNER, "/forum");
  await guard.visit(learner, `/forum/${manifest.categorySlug}`, { label: "member" });
  await guard.visitAllPages(learner, thread, "thread, member");
  await guard.visit(learner, `${thread}?quote=${made.replyId}`, { label: "reply box quoting the corpus" });
  await guard.visit(learner, `${thread}/edit/${made.replyId}`, { label: "edit form" });
  await guard.visit(learner, "/forum/search?q=onerror", { label: "member" });
  await guard.scanAll(learner, [`/forum/${manifest.categorySlug}`, `/forum/search?q=${SENTINEL}`, "/forum/search?q=onerror"], { label: "member", follow: true });

  const moderator = await guard.as(MODERATOR, "/forum");
  await guard.visitAllPages(moderator, thread, "thread, staff");
  for (const id of [manifest.renamedThreadId, manifest.reviewedThreadId]) await guard.visit(moderator, `/forum/t/${id}`, { label: "thread, staff" });
  await guard.scanAll(moderator, titled.map((id) => `/forum/t/${id}`), { label: "thread, staff" });
});

test("requests, mentorships and notifications of the members involved", async () => {
  for (const [email, url] of [[LEARNER, made.requestUrls[0]!], [MENTOR, made.requestUrls[1]!], [LEARNER, made.spaceUrl], [MENTOR, "/mentorships"]] as const) {
    await guard.visit(await guard.as(email, "/account"), url, { label: "request or mentorship" });
  }
  const active = manifest.mentorships.find((m) => m.active)!;
  const learner = await guard.as(active.learnerEmail, "/mentorships");
  await guard.check(learner, "mentorships");
  await guard.visit(learner, `/mentorships/${active.id}`, { label: "mentorship" });
  await guard.visit(learner, `/requests/${manifest.requests.find((r) => r.learnerEmail === active.learnerEmail)!.id}`, { label: "request" });
  const calendar = readCalendar(await (await learner.request.get(`/mentorships/${active.id}/next-session.ics`)).text());
  expect(calendar.problems).toEqual([]);
  expect(calendar.values.get("SUMMARY")).toMatch(/^Mentorship session with /);

  for (const email of new Set(manifest.requests.map((r) => r.learnerEmail))) {
    const page = await guard.as(email, "/mentorships");
    const own = [...manifest.requests.filter((r) => r.learnerEmail === email).map((r) => `/requests/${r.id}`), ...manifest.mentorships.filter((m) => m.learnerEmail === email).map((m) => `/mentorships/${m.id}`)];
    await guard.scanAll(page, ["/mentorships", ...own], { label: "requests and mentorships" });
  }

  const notified = [...new Set([MENTOR, LEARNER, OTHER_LEARNER, APPEALER, ...manifest.notifiedEmails])];
  await guard.visit(await guard.as(MENTOR, "/account"), "/notifications", { label: "notifications" });
  for (const email of notified) await guard.scanAll(await guard.as(email, "/account"), ["/notifications"], { label: `notifications of ${email}`, follow: true });
});

test("moderation and admin pages", async () => {
  const moderator = await guard.as(MODERATOR, "/moderation");
  await guard.check(moderator, "queue");
  for (const path of ["/moderation/log", `/moderation/users/${made.appealerHandle}`, `/moderation/users/${manifest.moderatedHandles[0]}`, "/moderation/articles", "/dev/outbox"]) await guard.visit(moderator, path);
  await guard.scanAll(moderator, ["/moderation", "/moderation/log"], { label: "moderation", follow: true });
  await guard.scanAll(moderator, [made.liftedHandle, ...manifest.moderatedHandles].map((h) => `/moderation/users/${h}`), { label: "member" });
  const admin = await guard.as(ADMIN, "/admin");
  await guard.check(admin, "dashboard");
  await guard.visit(admin, "/admin/users?q=xss", { label: "users" });
  await guard.scanAll(admin, ["/admin/users?q=xss"], { label: "users", follow: true });
});

test("articles, article search and the feed", async () => {
  const visitor = await guard.open();
  for (const path of ["/", "/articles", `/articles/${manifest.articleSlugs[0]}`, `/search?q=${SENTINEL}`, "/search?q=onerror"]) await guard.visit(visitor, path);
  await guard.visit(visitor, `/articles/${made.articleSlug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(one("articleTitle"));
  expect(await visitor.title()).toContain(one("articleTitle"));
  await guard.scanAll(visitor, ["/articles", `/search?q=${SENTINEL}`, "/search?q=onerror"], { label: "articles", follow: true });
  await guard.scanAll(visitor, manifest.articleSlugs.map((slug) => `/articles/${slug}`), { label: "article" });

  const feed = await visitor.request.get("/feed.xml");
  const { problems, titles } = await readFeed(visitor, await feed.text());
  expect(problems).toEqual([]);
  // Parsed as XML, the titles are the corpus again, character for character (but those XML cannot hold):
  // escaped once, not twice, not dropped.
  const asXml = (text: string) => text.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
  expect(titles).toEqual(expect.arrayContaining([one("articleTitle"), ...storedValues("articleTitle")].map(asXml)));
  await visitor.context().close();

  const mentor = await guard.as(MENTOR, "/write");
  await guard.check(mentor, "own articles");
  await guard.visit(mentor, (await mentor.getByRole("link", { name: one("articleTitle") }).getAttribute("href"))!, { label: "editor" });
});

// Query parameters that pages echo back, each with the whole corpus (packed
// to what the page keeps of it): fetched and scanned; the first and last of
// each also rendered.
const REFLECTED: { who?: string; url: (value: (max: number) => string) => string }[] = [
  { url: (v) => `/search?q=${v(200)}` },
  { url: (v) => `/mentors?q=${v(100)}` },
  { url: (v) => `/forum/search?q=${v(200)}` },
  { who: LEARNER, url: (v) => `/forum/search?q=${v(200)}` },
  // Only a local path comes back (in a hidden field), so each value is made one.
  { url: (v) => `/sign-in?callbackUrl=%2F${v(500)}` },
  { who: ADMIN, url: (v) => `/admin/users?q=${v(100)}&updated=${v(200)}&error=${v(200)}` },
  { who: MODERATOR, url: (v) => `/moderation?done=${v(300)}&error=${v(300)}` },
  { who: MODERATOR, url: (v) => `/moderation/articles?done=${v(200)}&error=${v(200)}` },
  { who: MODERATOR, url: (v) => `/moderation/log?moderator=${v(64)}` },
];

/** The route's URLs, enough that each parameter takes every value of the corpus. */
function reflectedUrls(route: (typeof REFLECTED)[number]): string[] {
  const sizes: number[] = [];
  route.url((max) => (sizes.push(max), ""));
  const count = Math.max(...sizes.map((max) => lineValues(max).length));
  return Array.from({ length: count }, (_, i) =>
    route.url((max) => {
      const list = lineValues(max);
      return encodeURIComponent(list[i % list.length]!);
    }),
  );
}

test("reflected query parameters", async () => {
  const visitor = await guard.open();
  for (const route of REFLECTED) {
    const page = route.who ? await guard.as(route.who, "/account") : visitor;
    const urls = reflectedUrls(route);
    await guard.scanAll(page, urls, { label: "reflected" });
    for (const url of new Set([urls[0]!, urls[urls.length - 1]!])) {
      await page.goto(url);
      await guard.check(page, "reflected");
    }
  }
  await visitor.context().close();
});
