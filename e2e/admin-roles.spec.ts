import { expect, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";

test("a stranger is sent to sign in before the admin page", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers/);
});

test("a learner is refused the admin page with a 403", async ({ page }) => {
  await signInAs(page, "learner@example.com", "/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("an admin changes a role, and cannot change their own", async ({ page }) => {
  await signInAs(page, "admin@example.com", "/admin/users");
  await expect(page.getByRole("heading", { name: "Users and roles" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Ada Admin/ })).toContainText("admin (you)");
  await expect(page.getByRole("combobox", { name: "Role of Ada Admin" })).toHaveCount(0);

  await page.getByRole("searchbox", { name: "Search users" }).fill("moderator@example.com");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.getByRole("combobox", { name: "Role of Mira Moderator" }).selectOption("mentor");
  await page.getByRole("button", { name: "Save role of Mira Moderator" }).click();
  await expect(page.getByRole("status")).toHaveText("Mira Moderator is now mentor.");
  await expect(page.getByRole("combobox", { name: "Role of Mira Moderator" })).toHaveValue("mentor");

  // Put the demo account back as it was.
  await page.getByRole("combobox", { name: "Role of Mira Moderator" }).selectOption("moderator");
  await page.getByRole("button", { name: "Save role of Mira Moderator" }).click();
  await expect(page.getByRole("status")).toHaveText("Mira Moderator is now moderator.");
});
