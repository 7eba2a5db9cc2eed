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
  const search = async (q: string) => {
    await page.getByRole("searchbox", { name: "Search users" }).fill(q);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("row")).toHaveCount(2);
  };

  await search("admin@example.com");
  await expect(page.getByRole("row", { name: /Ada Admin/ })).toContainText("admin (you)");
  await expect(page.getByRole("combobox", { name: "Role of Ada Admin" })).toHaveCount(0);

  // A seeded community member, so no other test's account changes under it.
  await search("member-93@example.com");
  const member = (await page.getByRole("row").nth(1).getByRole("rowheader").innerText()).replace(/\s*@\S+$/, "").trim();
  const select = page.getByRole("combobox", { name: `Role of ${member}` });
  const target = (await select.inputValue()) === "moderator" ? "mentor" : "moderator";
  await select.selectOption(target);
  await page.getByRole("button", { name: `Save role of ${member}` }).click();
  await expect(page.getByRole("status")).toHaveText(`${member} is now ${target}.`);
  await expect(page.getByRole("combobox", { name: `Role of ${member}` })).toHaveValue(target);
});
