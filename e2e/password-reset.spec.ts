import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signInAs } from "./support/sign-in";

// The reset link is read from the development outbox (/dev/outbox), as a
// developer without SMTP would; the e2e server runs with DEV_OUTBOX=on.
const MEMBER = "member-68@example.com";
const NEW_PASSWORD = "copper kettle whistles 68";
const NEUTRAL = /If an account uses this address, we have sent it a link/;

test("a password reset from the outbox link works once and not twice; an unknown address gets the same answer", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill("no-such-member@example.com");
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText(NEUTRAL)).toBeVisible();

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(MEMBER);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText(NEUTRAL)).toBeVisible();

  await page.goto("/dev/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expect(page.getByText("no-such-member@example.com")).toHaveCount(0);
  const email = page.getByRole("listitem").filter({ hasText: MEMBER }).filter({ hasText: "Reset your Tandem password" }).first();
  const link = email.getByRole("link", { name: /\/reset-password\// });
  const resetUrl = (await link.getAttribute("href"))!;
  await link.click();

  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  // A weak password is refused and the link still works.
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("New password again").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/at least 12 characters/i).first()).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?passwordReset=1/);
  await expect(page.getByText("Your password was changed. Sign in with your new password.")).toBeVisible();

  // The old password no longer works; the new one does.
  await signInAs(page, MEMBER, "/account", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/sign-in/);
  await signInAs(page, MEMBER, "/account", NEW_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);

  // The same link a second time.
  expect((await page.goto(resetUrl))!.status()).toBe(404);
  await expect(page.getByText("This reset link has expired or was already used.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
});

test("bad reset and unsubscribe links get a 404 with a clear message, never a server error", async ({ page }) => {
  for (const path of ["/reset-password/not-a-token", `/reset-password/${"A".repeat(43)}`, "/reset-password/%00", `/reset-password/${"x".repeat(5000)}`]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
    await expect(page.getByText("This reset link has expired or was already used.")).toBeVisible();
  }
  for (const path of ["/unsubscribe/nope", "/unsubscribe/1.request.AAAAAAAAAAAAAAAAAAAAAA"]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
    await expect(page.getByText("This unsubscribe link is not valid.")).toBeVisible();
  }
  expect((await page.request.post("/api/unsubscribe/1.request.AAAAAAAAAAAAAAAAAAAAAA", { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(400);
  expect((await page.request.get("/api/unsubscribe/1.request.AAAAAAAAAAAAAAAAAAAAAA")).status()).toBe(405);
});
