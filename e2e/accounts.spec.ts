import { expect, test, type Page } from "@playwright/test";

const PASSWORD = "quiet river lantern 42";

async function signUp(page: Page, { name, email, password = PASSWORD }: { name: string; email: string; password?: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function signIn(page: Page, { email, password = PASSWORD }: { email: string; password?: string }) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const uniqueEmail = (who: string) => `${who}-${Date.now()}@example.org`;

test("a newcomer signs up, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("newcomer");
  await signUp(page, { name: "Noor Newcomer", email });
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByText("Welcome to Tandem, Noor Newcomer!")).toBeVisible();
  await expect(page.getByRole("link", { name: "Your account: Noor Newcomer" })).toBeVisible();
  // The session cookie is out of reach of scripts and not sent on cross-site requests.
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.getByRole("link", { name: "Sign in" }).click();
  await signIn(page, { email });
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText("@noor-newcomer")).toBeVisible();
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const email = uniqueEmail("wrong");
  await signUp(page, { name: "Wren Wrong", email });
  await page.getByRole("button", { name: "Sign out", exact: true }).click();

  await page.goto("/sign-in");
  await signIn(page, { email, password: "not the right password" });
  await expect(page.getByRole("status")).toHaveText("Invalid email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await signIn(page, { email: uniqueEmail("nobody") });
  await expect(page.getByRole("status")).toHaveText("Invalid email or password.");
});

test("a too-short password is refused next to its field, and nothing is created", async ({ page }) => {
  const email = uniqueEmail("short");
  await signUp(page, { name: "Sam Short", email, password: "short pass" });
  const password = page.getByLabel("Password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Sam Short");
  await expect(page.getByLabel("Email")).toHaveValue(email);

  await page.goto("/sign-in");
  await signIn(page, { email, password: "short pass" });
  await expect(page.getByRole("status")).toHaveText("Invalid email or password.");
});

test("a stranger is sent to sign in and comes back to the page they asked for", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await signIn(page, { email: "learner@example.com", password: "tandem-demo-password" });
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("definition").filter({ hasText: "Lena Learner" })).toBeVisible();
});

test("signing out ends the session on the server, and sign out everywhere ends the others", async ({ browser }) => {
  const email = uniqueEmail("everywhere");
  const first = await browser.newContext();
  const page = await first.newPage();
  await signUp(page, { name: "Eve Everywhere", email });
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  // A copy of the session cookie taken before signing out is worthless after.
  const copied = await first.cookies();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayPage = await replay.newPage();
  await replayPage.goto("/account");
  await expect(replayPage).toHaveURL(/\/sign-in/);

  // Two browsers signed in; "sign out everywhere" in one ends the other.
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  for (const context of [laptop, phone]) {
    const p = await context.newPage();
    await p.goto("/sign-in");
    await signIn(p, { email });
    await expect(p.getByRole("heading", { name: "Your account" })).toBeVisible();
  }
  const laptopPage = laptop.pages()[0]!;
  await laptopPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptopPage.getByText("You are signed out on every device.")).toBeVisible();
  const phonePage = phone.pages()[0]!;
  await phonePage.goto("/account");
  await expect(phonePage).toHaveURL(/\/sign-in/);
  for (const context of [first, replay, laptop, phone]) await context.close();
});
