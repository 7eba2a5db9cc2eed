import { expect, test, type Locator, type Page } from "@playwright/test";
import { settled } from "./support/axe";
import { DEMO_PASSWORD, signInAs } from "./support/sign-in";

// One journey with the keyboard alone: no click, no fill. Focus moves with
// Tab and Shift+Tab, text is typed into whatever has focus, Enter and Space
// act. Seeded community members no other spec uses: a learner who speaks
// Spanish asks a Spanish-speaking mentor (db/seed/community.ts).
const LEARNER = "member-50@example.com";
const MENTOR = "Camila Torres"; // member-3, taking mentees

/** Presses Tab (or Shift+Tab) until `target` has focus; fails when `max` presses do not get there. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  await expect(target).toBeAttached();
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target, `reached with ${back ? "Shift+Tab" : "Tab"} within ${max} presses`).toBeFocused();
  return max;
}

/** The element with focus shows it: it matches :focus-visible and draws an outline or a ring. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { focusVisible: el.matches(":focus-visible"), outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), boxShadow: s.boxShadow };
  });
  expect(style.focusVisible).toBe(true);
  const outline = style.outlineStyle !== "none" && style.outlineWidth > 0;
  expect(outline || style.boxShadow !== "none", `a focus outline or ring (${JSON.stringify(style)})`).toBe(true);
}

/**
 * Tabs from the top of the page until focus comes round again, and returns
 * the controls never reached (by their text) and whether it came round at
 * all (a keyboard trap keeps it from coming round).
 */
async function tabThroughPage(page: Page, max = 400) {
  const controls = await page.evaluate(() => {
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";
    const usable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }) && !el.closest("[inert]") && el.tabIndex >= 0,
    );
    usable.forEach((el, i) => (el.dataset.keyboardCheck = String(i)));
    (document.activeElement as HTMLElement | null)?.blur();
    return usable.map((el) => ({
      name: `${el.tagName.toLowerCase()} “${(el.getAttribute("aria-label") ?? el.textContent ?? (el as HTMLInputElement).name ?? "").trim().slice(0, 60)}”`,
      radio: el instanceof HTMLInputElement && el.type === "radio" ? el.name : null,
    }));
  });
  const reached = new Set<number>();
  let first: number | null = null;
  let cameRound = false;
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab");
    const index = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.keyboardCheck ?? null);
    if (index === null) continue; // past the end of the page: the next Tab starts again at the top
    const n = Number(index);
    if (n === first) {
      cameRound = true;
      break;
    }
    first ??= n;
    reached.add(n);
  }
  // In a radio group, Tab stops on one radio; the arrows move between them.
  const reachedGroups = new Set([...reached].map((i) => controls[i]!.radio).filter(Boolean));
  const unreached = controls.filter((c, i) => !reached.has(i) && !(c.radio && reachedGroups.has(c.radio))).map((c) => c.name);
  return { cameRound, unreached, count: controls.length };
}

test("with the keyboard alone: skip to content, sign in, filter the directory, open a mentor and send a request", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/");
  await settled(page);

  // The first Tab reaches the skip link, which shows itself; Enter skips the header.
  const skip = page.getByRole("link", { name: "Skip to content" });
  await page.keyboard.press("Tab");
  await expectVisibleFocus(skip);
  expect((await skip.boundingBox())!.width).toBeGreaterThan(20);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);

  // Back up into the header to sign in.
  const signIn = page.getByRole("banner").getByRole("link", { name: "Sign in" });
  await tabTo(page, signIn, { back: true });
  await expectVisibleFocus(signIn);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  const email = page.getByLabel("Email");
  await tabTo(page, email);
  await expectVisibleFocus(email);
  await page.keyboard.type(LEARNER);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await settled(page);

  // To the directory from the main navigation.
  const mentors = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mentors" });
  await tabTo(page, mentors);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Find a mentor" })).toBeVisible();
  await settled(page);

  // A search, a language picked by typing its name, and a checkbox ticked with Space.
  const filters = page.getByRole("form", { name: "Filter mentors" });
  const search = filters.getByLabel("Search mentors");
  await tabTo(page, search);
  await expectVisibleFocus(search);
  await page.keyboard.type(MENTOR);
  const language = filters.getByLabel("Language");
  await tabTo(page, language);
  await expectVisibleFocus(language);
  await page.keyboard.type("Spanish");
  await expect(language).toHaveValue("Spanish");
  const accepting = filters.getByLabel("Only mentors taking new mentees");
  await tabTo(page, accepting);
  await expectVisibleFocus(accepting);
  await page.keyboard.press("Space");
  await expect(accepting).toBeChecked();
  const show = filters.getByRole("button", { name: "Show mentors" });
  await page.keyboard.press("Tab");
  await expectVisibleFocus(show);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/language=Spanish/);
  await expect(page).toHaveURL(/accepting=1/);

  // The mentor's card, then the profile.
  const card = page.getByRole("listitem").filter({ hasText: MENTOR }).getByRole("link", { name: MENTOR });
  await tabTo(page, card);
  await expectVisibleFocus(card);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: MENTOR })).toBeVisible();
  await settled(page);

  const ask = page.getByRole("link", { name: `Ask ${MENTOR} to mentor you` });
  await tabTo(page, ask);
  await expectVisibleFocus(ask);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `Ask ${MENTOR} to mentor you` })).toBeVisible();
  await settled(page);

  // The request: a message typed in, the profile's goal ticked already, Enter on the button.
  const message = page.getByLabel(`Your message to ${MENTOR}`);
  await tabTo(page, message);
  await expectVisibleFocus(message);
  await page.keyboard.type("Hola Camila! I would like help getting my first pull request merged in an open-source project.");
  const goal = page.getByRole("checkbox").first();
  await page.keyboard.press("Tab");
  await expect(goal).toBeFocused();
  await expect(goal).toBeChecked();
  const send = page.getByRole("button", { name: "Send request" });
  await tabTo(page, send);
  await expectVisibleFocus(send);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Request sent.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Your request to ${MENTOR}` })).toBeVisible();
});

test("every control of the busiest pages is reached with Tab, and Tab comes round: no trap", async ({ page }) => {
  test.setTimeout(90_000);
  const check = async (path: string) => {
    await test.step(path, async () => {
      await page.goto(path);
      await settled(page);
      const { cameRound, unreached, count } = await tabThroughPage(page);
      expect.soft(count, `${path}: controls found`).toBeGreaterThan(5);
      expect.soft(cameRound, `${path}: Tab comes back to the top of the page`).toBe(true);
      expect.soft(unreached, `${path}: controls Tab never reaches`).toEqual([]);
    });
  };
  await check("/mentors");
  await check("/forum/mentorship");
  // Signed in (the form is only the way in here, not what is checked).
  await signInAs(page, LEARNER, "/account/profile");
  await expect(page).toHaveURL(/\/account\/profile$/);
  await check("/account/profile");
  await check("/match");
  const thread = await page.request.get("/forum/mentorship").then((r) => r.text());
  await check(/href="(\/forum\/t\/\d+)"/.exec(thread)![1]!);
});
