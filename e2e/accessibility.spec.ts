import { expect, test, type Page } from "@playwright/test";
import { readdirSync } from "node:fs";
import path from "node:path";
import { expectNoSeriousViolations } from "./support/axe";
import { startImport } from "./support/import-cli";
import { signedInPage } from "./support/sign-in";

// axe (WCAG 2.0/2.1 A and AA rules) on every page of app/, signed out where a
// page is public and signed in with the fitting role where it is not: no
// serious or critical violation. The list below names each page by its file
// under app/ ("articles/[slug]/page"), so the first test can check it against
// the folder: a new page that is not in the list fails it.
//
// Seeded community members no other spec uses (see `grep -n "member-" e2e/*.ts`):
const ACCOUNTS = {
  /** A mentor (db/seed/community.ts makes member-1..40 mentors) who takes requests and drafts guidance. */
  mentor: "member-12@example.com",
  /** A learner whose request the mentor accepts: their mentorship space. */
  member: "member-45@example.com",
  /** A learner whose request stays open: the request page, and a flag in the moderation queue. */
  waiting: "member-46@example.com",
  /** Starts a forum thread, and may edit its first post. */
  poster: "member-47@example.com",
  /** Suspended by the moderator: the appeal form. */
  suspended: "member-48@example.com",
  /** Asks for a password reset: a real reset link. */
  forgetful: "member-49@example.com",
  moderator: "moderator@example.com",
  admin: "admin@example.com",
} as const;
type Who = "visitor" | keyof typeof ACCOUNTS;

/** Values found at run time (ids, handles, tokens) that addresses are built from. */
type Found = Record<string, string>;

type Visit = {
  /** The file under app/ this visit renders, without .tsx. */
  file: string;
  who: Who;
  url: string | ((found: Found) => string);
  /** HTTP status of the page (200 unless said). */
  status?: number;
  /** Where the address leads when it redirects (default: it does not). */
  landsOn?: RegExp;
  /** What the visit is, when the file alone does not say. */
  note?: string;
};

const CATEGORY = "mentorship"; // the seeded forum's biggest category (db/seed/forum.ts)
const ARTICLE = "benefits-of-joining-learning-communities"; // e2e/support/seed-articles.ts
const MENTOR_HANDLE = "marco-mentor"; // the demo mentor (db/seed/demo-accounts.ts): viewed, never asked
// Eleven articles in a topic of their own (imported below), so the second
// page of the articles and of a topic exist. Undated, and titled to sort
// after the two undated seed articles ("Leveraging…", "The Role…"), they come
// last in the index (lib/articles/queries.ts newestFirst): every seed article
// stays on the first page other specs read.
const ARCHIVE_TOPIC = "reading-room";
const ARCHIVE_SIZE = 11;

// Signed out: what anyone can open, with seeded values or values a visitor can make.
const PUBLIC: Visit[] = [
  { file: "page", who: "visitor", url: "/" },
  { file: "articles/page", who: "visitor", url: "/articles" },
  { file: "articles/page/[page]/page", who: "visitor", url: "/articles/page/2" },
  { file: "articles/[slug]/page", who: "visitor", url: `/articles/${ARTICLE}` },
  { file: "articles/topic/[topic]/page", who: "visitor", url: `/articles/topic/${ARCHIVE_TOPIC}` },
  { file: "articles/topic/[topic]/page/[page]/page", who: "visitor", url: `/articles/topic/${ARCHIVE_TOPIC}/page/2` },
  { file: "search/page", who: "visitor", url: "/search", note: "no words yet" },
  { file: "search/results/[terms]/[page]/page", who: "visitor", url: "/search?q=community%20support", note: "the proxy serves /search?q= from here" },
  { file: "mentors/page", who: "visitor", url: "/mentors" },
  { file: "mentors/results/[query]/page", who: "visitor", url: "/mentors?language=Spanish&accepting=1", note: "the proxy serves a filtered directory from here" },
  { file: "u/[handle]/page", who: "visitor", url: `/u/${MENTOR_HANDLE}` },
  { file: "forum/page", who: "visitor", url: "/forum" },
  { file: "forum/public/c/[slug]/[page]/page", who: "visitor", url: `/forum/${CATEGORY}`, note: "a visitor's category, from the cache" },
  { file: "forum/public/t/[id]/[page]/page", who: "visitor", url: (f) => `/forum/t/${f.threadId}`, note: "a visitor's thread, from the cache" },
  { file: "forum/public/s/[terms]/[page]/page", who: "visitor", url: "/forum/search?q=mentor", note: "a visitor's forum search, from the cache" },
  { file: "forum/search/page", who: "visitor", url: "/forum/search", note: "no words yet" },
  { file: "sign-in/page", who: "visitor", url: "/sign-in" },
  { file: "match/page", who: "visitor", url: "/match", landsOn: /\/sign-in\?callbackUrl=%2Fmatch$/, note: "signed out it sends to sign in (signed in, the proxy serves match/for)" },
  { file: "sign-up/page", who: "visitor", url: "/sign-up" },
  { file: "forgot-password/page", who: "visitor", url: "/forgot-password" },
  { file: "reset-password/[token]/page", who: "visitor", url: (f) => f.resetPath! },
  { file: "reset-password/[token]/not-found", who: "visitor", url: "/reset-password/not-a-token", status: 404 },
  { file: "unsubscribe/[token]/not-found", who: "visitor", url: "/unsubscribe/nope", status: 404 },
  { file: "dev/outbox/page", who: "visitor", url: "/dev/outbox" },
  { file: "account-deleted/page", who: "visitor", url: "/account-deleted" },
  { file: "not-found", who: "visitor", url: "/nothing-here", status: 404 },
  { file: "bench/empty/page", who: "visitor", url: "/bench/empty", note: "the benchmark's empty page: the layout alone" },
  { file: "bench/dynamic/page", who: "visitor", url: "/bench/dynamic", note: "the benchmark's empty dynamic page: the layout alone" },
];

// Signed in, each page with the role it is for; ids made in the set-up step.
const MEMBERS: Visit[] = [
  { file: "account/page", who: "member", url: "/account" },
  { file: "account/profile/page", who: "member", url: "/account/profile" },
  { file: "account/password/page", who: "member", url: "/account/password" },
  { file: "account/notifications/page", who: "member", url: "/account/notifications" },
  { file: "account/delete/page", who: "member", url: "/account/delete" },
  { file: "account/appeal/page", who: "suspended", url: "/account/appeal" },
  { file: "notifications/page", who: "mentor", url: "/notifications" },
  { file: "match/for/[user]/[page]/page", who: "member", url: "/match", note: "the proxy serves a member's /match from here" },
  { file: "mentorships/page", who: "mentor", url: "/mentorships" },
  { file: "mentorships/[id]/page", who: "member", url: (f) => `/mentorships/${f.mentorshipId}` },
  { file: "requests/[id]/page", who: "mentor", url: (f) => `/requests/${f.openRequestId}`, note: "the mentor's side, with the answer forms" },
  { file: "u/[handle]/request/page", who: "waiting", url: `/u/${MENTOR_HANDLE}/request` },
  { file: "u/[handle]/page", who: "member", url: (f) => `/u/${f.mentorHandle}`, note: "with the viewer's match box" },
  { file: "forum/[category]/page", who: "member", url: `/forum/${CATEGORY}` },
  { file: "forum/[category]/new/page", who: "member", url: `/forum/${CATEGORY}/new` },
  { file: "forum/t/[id]/page", who: "poster", url: (f) => `/forum/t/${f.threadId}`, note: "with the reply form and the author's buttons" },
  { file: "forum/t/[id]/edit/[postId]/page", who: "poster", url: (f) => `/forum/t/${f.threadId}/edit/${f.postId}` },
  { file: "forum/search/page", who: "member", url: "/forum/search?q=mentor", note: "a member's forum search" },
  { file: "write/page", who: "mentor", url: "/write" },
  { file: "write/new/page", who: "mentor", url: "/write/new" },
  { file: "write/[id]/page", who: "mentor", url: (f) => `/write/${f.draftId}` },
  { file: "moderation/page", who: "moderator", url: "/moderation" },
  { file: "moderation/log/page", who: "moderator", url: "/moderation/log" },
  { file: "moderation/articles/page", who: "moderator", url: "/moderation/articles" },
  { file: "moderation/users/[handle]/page", who: "moderator", url: (f) => `/moderation/users/${f.suspendedHandle}` },
  { file: "admin/page", who: "admin", url: "/admin" },
  { file: "admin/users/page", who: "admin", url: "/admin/users?q=member-4" },
  { file: "forbidden", who: "member", url: "/admin", status: 403 },
  { file: "unsubscribe/[token]/page", who: "visitor", url: (f) => f.unsubscribePath!, note: "the link in the mentor's request email, opened from the mail client" },
];

// Files Next renders that no address can show on purpose.
const UNREACHABLE: Record<string, string> = {
  error: "shown only when a page throws unexpectedly",
};

/** Every file under app/ that renders a page or a status page, as "folder/page" (no extension). */
function renderedFiles(): string[] {
  const appDir = path.join(process.cwd(), "app");
  const special = /^(page|not-found|forbidden|unauthorized|error|global-error)\.(tsx|ts|jsx|js|mdx)$/;
  return readdirSync(appDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && special.test(entry.name))
    .map((entry) => path.relative(appDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/").replace(/\.\w+$/, ""))
    .sort();
}

test("the list covers every page under app/, and names no page that is gone", () => {
  const files = renderedFiles();
  expect(files.length).toBeGreaterThan(40);
  const listed = new Set([...PUBLIC, ...MEMBERS].map((v) => v.file));
  const missing = files.filter((f) => !listed.has(f) && !(f in UNREACHABLE));
  expect(missing, "pages with no accessibility check: add them to PUBLIC or MEMBERS in e2e/accessibility.spec.ts").toEqual([]);
  const gone = [...listed, ...Object.keys(UNREACHABLE)].filter((f) => !files.includes(f));
  expect(gone, "listed pages that no longer exist under app/").toEqual([]);
});

/** Opens the visit's address and checks it is the page meant; then axe. */
async function check(page: Page, visit: Visit, found: Found) {
  const url = typeof visit.url === "string" ? visit.url : visit.url(found);
  const label = `${visit.file} as ${visit.who}${visit.note ? ` (${visit.note})` : ""}`;
  await test.step(label, async () => {
    const response = await page.goto(url);
    expect.soft(response?.status(), `${label}: HTTP status of ${url}`).toBe(visit.status ?? 200);
    if (visit.landsOn) await expect(page).toHaveURL(visit.landsOn);
    else expect.soft(new URL(page.url()).pathname, `${label}: ${url} should not redirect`).toBe(new URL(url, page.url()).pathname);
    await expectNoSeriousViolations(page, label);
  });
}

async function checkAll(visits: Visit[], pageOf: (who: Who) => Promise<Page>, found: Found) {
  for (const visit of visits) await check(await pageOf(visit.who), visit, found);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const article = (n: number) =>
  `---\nid: a11y-archive-${n}\ntitle: "Unsorted reading room note ${n}"\nauthor: "Archive Keeper"\nsubject: "Reading Room"\nsummary: "A short note kept in the reading room, number ${n}."\n---\n\n## Why it is kept\n\nNote ${n} of the reading room, kept for the record.\n`;

test("signed out: every public page has no serious or critical violation", async ({ page }) => {
  test.setTimeout(120_000);
  const found: Found = {};
  // The import runs while the other pages are checked; the second pages wait for it.
  const imported = startImport(Object.fromEntries(Array.from({ length: ARCHIVE_SIZE }, (_, i) => [`reading-room-${i + 1}.md`, article(i + 1)])));
  const needsArchive = (v: Visit) => typeof v.url === "string" && (v.url.includes(ARCHIVE_TOPIC) || v.url.includes("/page/2"));

  await test.step("set up: a thread id, a reset link", async () => {
    const category = await (await page.request.get(`/forum/${CATEGORY}`)).text();
    found.threadId = /href="\/forum\/t\/(\d+)"/.exec(category)?.[1] ?? "";
    expect(found.threadId, "a thread in the seeded forum").not.toBe("");

    // The reset form, filled in as a visitor does; its answer is a page state of its own.
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(ACCOUNTS.forgetful);
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    await expect(page.getByText(/If an account uses this address/)).toBeVisible();
    await expectNoSeriousViolations(page, "forgot-password/page after sending");
    const outbox = await (await page.request.get("/dev/outbox")).text();
    found.resetPath = new RegExp(`To</dt><dd>${escapeRegExp(ACCOUNTS.forgetful)}</dd>[\\s\\S]*?(/reset-password/[A-Za-z0-9_-]+)`).exec(outbox)?.[1] ?? "";
    expect(found.resetPath, "a reset link in the outbox").not.toBe("");
  });

  await checkAll(PUBLIC.filter((v) => !needsArchive(v)), async () => page, found);

  // A state beyond a page's first view.
  await test.step("sign-in/page with a wrong password", async () => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("nobody-a11y@example.com");
    await page.getByLabel("Password").fill("not the right password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toHaveText("Invalid email or password.");
    await expectNoSeriousViolations(page, "sign-in/page with an error");
  });

  await test.step("set up: eleven archive articles, for the second pages", async () => {
    const result = await imported;
    expect(result.status, result.stderr).toBe(0);
    // Live once the import has revalidated the index.
    await expect(async () => expect((await page.request.get(`/articles/topic/${ARCHIVE_TOPIC}/page/2`)).status()).toBe(200)).toPass({ timeout: 10_000 });
  });
  await checkAll(PUBLIC.filter(needsArchive), async () => page, found);
});

test("signed in: every member, mentor, moderator and admin page has no serious or critical violation", async ({ browser }) => {
  test.setTimeout(180_000);
  // One browser context per person, each signed in once; all sign in at the same time.
  const contexts = new Map<Who, Promise<Page>>();
  const pageOf = (who: Who): Promise<Page> => {
    if (!contexts.has(who)) contexts.set(who, who === "visitor" ? browser.newContext().then((c) => c.newPage()) : signedInPage(browser, ACCOUNTS[who], "/account"));
    return contexts.get(who)!;
  };
  await Promise.all((Object.keys(ACCOUNTS) as Who[]).filter((who) => who !== "forgetful").map(pageOf));
  const me = async (who: Who) => ((await (await (await pageOf(who)).request.get("/api/me")).json()) as { user: { handle: string; displayName: string } }).user;
  const found: Found = {};

  await test.step("set up: two requests, one accepted; a thread; a flag; a draft; a suspension", async () => {
    const mentor = await me("mentor");
    found.mentorHandle = mentor.handle;
    const ask = async (who: Who) => {
      const page = await pageOf(who);
      await page.goto(`/u/${mentor.handle}/request`);
      await page.getByLabel(`Your message to ${mentor.displayName}`).fill("I would like help planning my next year of learning, step by step.");
      const goals = page.getByRole("checkbox");
      if ((await goals.count()) > 0) await goals.first().check();
      else await page.getByLabel(/Goals to work on/).fill("Plan my next year");
      await page.getByRole("button", { name: "Send request" }).click();
      await expect(page.getByText("Request sent.")).toBeVisible();
      return new URL(page.url()).pathname.split("/").pop()!;
    };
    const acceptedId = await ask("member");
    found.openRequestId = await ask("waiting");

    const mentorPage = await pageOf("mentor");
    await mentorPage.goto(`/requests/${acceptedId}`);
    await mentorPage.getByRole("button", { name: "Accept request" }).click();
    await expect(mentorPage).toHaveURL(/\/mentorships\/\d+/);
    found.mentorshipId = new URL(mentorPage.url()).pathname.split("/").pop()!;

    await mentorPage.goto("/write/new");
    await mentorPage.getByLabel("Title").fill("Notes on asking good questions");
    await mentorPage.getByLabel("Summary").fill("How to prepare a question your mentor can answer in one session.");
    await mentorPage.getByLabel("Article", { exact: true }).fill("## Before the session\n\nWrite the question down, with what you tried.");
    await mentorPage.getByRole("button", { name: "Save draft" }).click();
    await expect(mentorPage.getByText("Draft saved. Only you can see it.")).toBeVisible();
    const draftHref = await mentorPage.getByRole("link", { name: "Notes on asking good questions" }).first().getAttribute("href");
    found.draftId = draftHref!.split("/").pop()!;

    const poster = await pageOf("poster");
    await poster.goto(`/forum/${CATEGORY}/new`);
    await poster.getByLabel("Title").fill(`Checking the forum with a screen reader ${Date.now()}`);
    await poster.getByLabel("Message").fill("Which forum features do you rely on when you read with a screen reader?");
    await poster.getByRole("button", { name: "Start thread" }).click();
    await expect(poster).toHaveURL(/\/forum\/t\/\d+/);
    found.threadId = new URL(poster.url()).pathname.split("/").pop()!;
    const edit = await poster.locator(`a[href^="/forum/t/${found.threadId}/edit/"]`).first().getAttribute("href");
    found.postId = edit!.split("/").pop()!;

    // One flag: the post waits in the moderation queue, still shown.
    const flagger = await pageOf("waiting");
    await flagger.goto(`/forum/t/${found.threadId}`);
    const post = flagger.getByRole("article", { name: /^Post 1 by/ });
    await post.getByText("Flag", { exact: true }).click();
    await post.getByRole("radio", { name: "Spam" }).check();
    await post.getByRole("button", { name: "Send flag" }).click();
    await expect(post.getByRole("status")).toBeVisible();

    found.suspendedHandle = (await me("suspended")).handle;
    const mod = await pageOf("moderator");
    await mod.goto(`/moderation/users/${found.suspendedHandle}`);
    await mod.getByLabel("Duration").selectOption({ label: "1 day" });
    await mod.getByLabel("Reason", { exact: true }).fill("Checking the appeal page for accessibility.");
    await mod.getByRole("button", { name: "Suspend member" }).click();
    await expect(mod.getByText(/suspended until/i).first()).toBeVisible();

    // The mentor's request email, and its unsubscribe link.
    const outbox = await (await mentorPage.request.get("/dev/outbox")).text();
    found.unsubscribePath = new RegExp(`To</dt><dd>${escapeRegExp(ACCOUNTS.mentor)}</dd>[\\s\\S]*?(/unsubscribe/[^"<\\s]+)`).exec(outbox)?.[1] ?? "";
    expect(found.unsubscribePath, "an unsubscribe link in the outbox").not.toBe("");
  });

  // Grouped by who looks, so each browser signs in once.
  const order: Who[] = ["member", "waiting", "poster", "suspended", "mentor", "moderator", "admin", "visitor"];
  await checkAll([...MEMBERS].sort((a, b) => order.indexOf(a.who) - order.indexOf(b.who)), pageOf, found);

  // The other side of shared pages, and a few states beyond a page's first view.
  await test.step("mentorships/[id]/page as the mentor", async () => {
    const page = await pageOf("mentor");
    await page.goto(`/mentorships/${found.mentorshipId}`);
    await expectNoSeriousViolations(page, "mentorships/[id]/page as the mentor");
  });
  await test.step("requests/[id]/page as the learner who sent it", async () => {
    const page = await pageOf("waiting");
    await page.goto(`/requests/${found.openRequestId}`);
    await expectNoSeriousViolations(page, "requests/[id]/page as the learner");
  });
  await test.step("u/[handle]/request/page with its errors", async () => {
    const page = await pageOf("waiting");
    await page.goto(`/u/${MENTOR_HANDLE}/request`);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText("Write at least 20 characters.")).toBeVisible();
    await expectNoSeriousViolations(page, "u/[handle]/request/page with errors");
  });
  await test.step("forum/t/[id]/page with the flag form open", async () => {
    const page = await pageOf("member");
    await page.goto(`/forum/t/${found.threadId}`);
    await page.getByRole("article", { name: /^Post 1 by/ }).getByText("Flag", { exact: true }).click();
    await expect(page.getByRole("radio", { name: "Spam" })).toBeVisible();
    await expectNoSeriousViolations(page, "forum/t/[id]/page with the flag form open");
  });
  await test.step("account/appeal/page once sent, and the appeal in the moderation queue", async () => {
    const page = await pageOf("suspended");
    await page.goto("/account/appeal");
    await page.getByLabel("Your appeal").fill("I only asked a question about screen readers; please look at it again.");
    await page.getByRole("button", { name: "Send appeal" }).click();
    await expect(page.getByRole("button", { name: "Send appeal" })).toHaveCount(0);
    await expectNoSeriousViolations(page, "account/appeal/page once sent");
    const mod = await pageOf("moderator");
    await mod.goto("/moderation");
    await expect(mod.getByRole("article", { name: /^Appeal by/ }).first()).toBeVisible();
    await expectNoSeriousViolations(mod, "moderation/page with an appeal");
  });
  for (const page of contexts.values()) await (await page).context().close();
});

