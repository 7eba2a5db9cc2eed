import { expect, test } from "@playwright/test";
import { signedInPage as as } from "./support/sign-in";

// The whole way from finding a mentor to rating them, with the seeded demo
// learner (Lena) and mentor (Marco, db/seed/demo-profiles.ts), and a seeded
// community learner as the stranger who must not get in.
const LEARNER = "learner@example.com";
const MENTOR = "mentor@example.com";
const STRANGER = "member-60@example.com";
const GOAL = "Give a lightning talk at a local meetup";

test("a learner finds a mentor, is accepted, works with them and rates them; a stranger is kept out", async ({ browser }) => {
  test.setTimeout(90_000);
  const lena = await as(browser, LEARNER, "/mentors");

  // Directory: text search plus a filter, kept in the URL.
  const filters = lena.getByRole("form", { name: "Filter mentors" });
  await filters.getByLabel("Search mentors").fill("first-time speakers");
  await filters.getByLabel("Language").selectOption("Spanish");
  await filters.getByRole("button", { name: "Show mentors" }).click();
  await expect(lena).toHaveURL(/q=first-time\+speakers/);
  await expect(lena).toHaveURL(/language=Spanish/);
  await expect(lena.getByRole("link", { name: "Marco Mentor" })).toBeVisible();

  // Matches, explained in words.
  await lena.getByRole("link", { name: "Your matches" }).click();
  await expect(lena.getByRole("heading", { level: 1, name: "Your matches" })).toBeVisible();
  const matches = lena.getByRole("list", { name: "Matching mentors" });
  const cards = matches.locator(":scope > li");
  await expect(cards.first()).toContainText("/ 100");
  const marco = cards.filter({ hasText: "Marco Mentor" });
  await expect(marco).toContainText(/Shares .*Public speaking/);
  await expect(marco).toContainText("Speaks Spanish");
  await expect(marco).toContainText(/Has room for 3 more/);

  // The same breakdown on his profile, and the way to ask.
  await marco.getByRole("link", { name: "Marco Mentor" }).click();
  const explanation = lena.getByRole("region", { name: "How well you match" });
  await expect(explanation).toContainText("Speaks Spanish");
  await lena.getByRole("link", { name: "Ask Marco Mentor to mentor you" }).click();
  await expect(lena.getByRole("heading", { name: "Ask Marco Mentor to mentor you" })).toBeVisible();

  // Validation first: too short a message, no goal.
  await lena.getByLabel("Your message to Marco Mentor").fill("Hi!");
  for (const box of await lena.getByRole("checkbox").all()) await box.uncheck();
  await lena.getByRole("button", { name: "Send request" }).click();
  await expect(lena.getByText("Write at least 20 characters.")).toBeVisible();
  await expect(lena.getByText("Choose or write at least one goal to work on.")).toBeVisible();

  await lena.getByLabel("Your message to Marco Mentor").fill("I would love your help preparing my first talk this spring.");
  await lena.getByRole("checkbox", { name: GOAL }).check();
  await lena.getByRole("button", { name: "Send request" }).click();
  await expect(lena.getByText("Request sent.")).toBeVisible();
  await expect(lena.getByText("Waiting for the mentor")).toBeVisible();
  const requestUrl = lena.url().replace(/\?.*$/, "");
  const requestId = requestUrl.split("/").pop()!;

  // Asking twice is refused: one open request per mentor.
  await lena.goto("/u/marco-mentor/request");
  await expect(lena.getByText("You already have an open request with Marco Mentor.")).toBeVisible();

  // A stranger can neither see the request nor act on it, even with a forged form.
  const stranger = await as(browser, STRANGER, "/u/marco-mentor/request");
  expect((await stranger.request.get(requestUrl)).status()).toBe(404);
  await stranger.getByLabel("Your message to Marco Mentor").fill("Could you help me with my first steps in leadership?");
  await stranger.getByLabel(/Goals to work on|Other goals/).fill("Lead my first project");
  await stranger.getByRole("button", { name: "Send request" }).click();
  await expect(stranger.getByText("Request sent.")).toBeVisible();
  const withdraw = stranger.locator("form:has(button:text('Withdraw request'))");
  await withdraw.locator("input[name=requestId]").evaluate((input, id) => ((input as HTMLInputElement).value = id), requestId);
  await withdraw.getByRole("button", { name: "Withdraw request" }).click();
  await expect(stranger.getByText("This request was not found.")).toBeVisible();
  await lena.goto(requestUrl);
  await expect(lena.getByText("Waiting for the mentor")).toBeVisible();

  // The mentor sees it waiting and accepts.
  const marcoPage = await as(browser, MENTOR, "/mentorships");
  await expect(marcoPage.getByText("2 requests are waiting for you.")).toBeVisible();
  await marcoPage.getByRole("link", { name: "Request from Lena Learner" }).click();
  await expect(marcoPage.getByText("I would love your help preparing my first talk")).toBeVisible();
  await marcoPage.getByRole("button", { name: "Accept request" }).click();
  await expect(marcoPage.getByRole("heading", { level: 1, name: "Mentorship with Lena Learner" })).toBeVisible();
  const spaceUrl = marcoPage.url().replace(/[?#].*$/, "");

  // The stranger is refused the space and its calendar file.
  expect((await stranger.request.get(spaceUrl)).status()).toBe(404);
  expect((await stranger.request.get(`${spaceUrl}/next-session.ics`)).status()).toBe(404);

  // They talk (Markdown, sanitized) and tick a goal.
  await marcoPage.getByLabel("Message").fill("Welcome, Lena! Let's start with **one** story you want to tell.<script>window.__pwned = 1</script>");
  await marcoPage.getByRole("button", { name: "Send message" }).click();
  // Saved, then redirected to the conversation: a reload cannot send it again.
  await expect(marcoPage).toHaveURL(/\?sent=message#message-\d+$/);
  await expect(marcoPage.getByRole("status").filter({ hasText: "Message sent." })).toBeVisible();
  await lena.goto(spaceUrl);
  const conversation = lena.getByRole("region", { name: "Conversation" });
  await expect(conversation.locator("strong")).toHaveText("one");
  await expect(conversation.locator("script")).toHaveCount(0);
  expect(await lena.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await lena.getByLabel("Message").fill("Thank you! I'll bring three ideas.");
  await lena.getByRole("button", { name: "Send message" }).click();
  await expect(lena.getByRole("region", { name: "Conversation" })).toContainText("I'll bring three ideas.");
  await lena.reload();
  await expect(lena.getByRole("region", { name: "Conversation" }).getByText("Thank you! I'll bring three ideas.")).toHaveCount(1);

  const goals = lena.getByRole("region", { name: "Goals" });
  await goals.getByRole("button", { name: `Mark "${GOAL}" done` }).click();
  await expect(goals.getByRole("button", { name: `Mark "${GOAL}" not done` })).toBeVisible();
  await marcoPage.reload();
  await expect(marcoPage.getByRole("region", { name: "Conversation" })).toContainText("I'll bring three ideas.");
  await expect(marcoPage.getByRole("region", { name: "Goals" }).getByRole("button", { name: `Mark "${GOAL}" not done` })).toBeVisible();

  // They complete it and rate each other; each rating stays hidden until both wrote.
  await marcoPage.getByRole("region", { name: "End the mentorship" }).getByRole("button", { name: "Complete mentorship" }).click();
  await expect(marcoPage.getByText(/It is now read-only/)).toBeVisible();
  await lena.reload();
  const lenaFeedback = lena.getByRole("region", { name: "Feedback" });
  await lenaFeedback.getByLabel("Rating").selectOption("5");
  await lenaFeedback.getByLabel("Comment").fill("Patient, practical, and kind.");
  await lenaFeedback.getByRole("button", { name: "Leave feedback" }).click();
  await expect(lenaFeedback.getByText("Marco Mentor has not left feedback yet.")).toBeVisible();

  await marcoPage.reload();
  const marcoFeedback = marcoPage.getByRole("region", { name: "Feedback" });
  await expect(marcoFeedback).toContainText("Lena Learner has left feedback. It is hidden until you leave yours");
  await expect(marcoFeedback).not.toContainText("Patient, practical");
  await marcoFeedback.getByLabel("Rating").selectOption("4");
  await marcoFeedback.getByRole("button", { name: "Leave feedback" }).click();
  await expect(marcoFeedback).toContainText("Patient, practical, and kind.");

  // The rating is on his public profile.
  const visitor = await browser.newPage();
  await visitor.goto("/u/marco-mentor");
  const mentoring = visitor.getByRole("region", { name: "Mentoring" });
  await expect(mentoring).toContainText(/Completed mentorships\s*1/);
  await expect(mentoring).toContainText("5.0 out of 5");
});

test("bad ids and forged requests are refused without a server error", async ({ browser }) => {
  const page = await as(browser, LEARNER, "/mentorships");
  for (const path of ["/requests/abc", "/requests/0", "/requests/-1", "/requests/99999999", "/mentorships/abc", "/mentorships/99999999", "/mentorships/1.5", "/u/nobody-here/request"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  // Matches are cached per member, but only ever reached through /match with one's own session.
  for (const path of ["/match/for/1/1", "/match/for/2/1", "/match/anything"]) expect((await page.request.get(path)).status(), path).toBe(404);
  const own = await page.request.get("/match");
  expect(own.status()).toBe(200);
  expect(own.headers()["cache-control"]).toBe("private, no-store");
  expect(await own.text()).toContain("mentors ranked");
  const anonymous = await (await browser.newContext()).request.get("/match", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toContain("/sign-in?callbackUrl=%2Fmatch");

  // Asking yourself: the mentor's own request page says so.
  const mentor = await as(browser, MENTOR, "/u/marco-mentor/request");
  await expect(mentor.getByText("This is your own mentor profile: you cannot send yourself a request.")).toBeVisible();
  await expect(mentor.getByRole("button", { name: "Send request" })).toHaveCount(0);
});
