import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { DEMO_PASSWORD, signInAs } from "./support/sign-in";

// Seeded community members (db/seed/community.ts) share the demo password.
const CHANGER = "member-91@example.com";
const LEAVER = "member-92@example.com";

test("a member downloads their data, then changes their password, which ends the session", async ({ page }) => {
  await signInAs(page, CHANGER);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download your data (JSON)" }).click();
  const data = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(data.account.email).toBe(CHANGER);
  expect(JSON.stringify(data)).not.toContain("scrypt$");

  await page.getByRole("link", { name: "Change password" }).click();
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password").fill("a much longer new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not correct.")).toBeVisible();

  await page.getByLabel("Current password").fill(DEMO_PASSWORD);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  await page.getByLabel("Current password").fill(DEMO_PASSWORD);
  await page.getByLabel("New password").fill("a much longer new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed and every session ended.")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);

  await signInAs(page, CHANGER, "/account");
  await expect(page.getByRole("status")).toHaveText("Invalid email or password.");
  await signInAs(page, CHANGER, "/account", "a much longer new password");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("a member deletes their account after confirming their password, and can no longer sign in", async ({ page, request }) => {
  expect((await request.get("/account/export")).status()).toBe(401);
  await signInAs(page, LEAVER);
  await page.getByRole("link", { name: "Delete your account" }).click();
  await page.getByLabel("Your password").fill("wrong password here");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Your current password is not correct.")).toBeVisible();

  await page.getByLabel("Your password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await signInAs(page, LEAVER);
  await expect(page.getByRole("status")).toHaveText("Invalid email or password.");
});
