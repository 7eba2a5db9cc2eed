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

test("the dashboard is for admins only: a stranger signs in first, a learner and a moderator get 403", async ({ browser }) => {
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto("/admin");
  await expect(stranger).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin$/);
  for (const email of ["learner@example.com", "moderator@example.com"]) {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, email, "/account");
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    const response = await page.goto("/admin");
    expect(response?.status(), email).toBe(403);
    await expect(page.getByRole("figure")).toHaveCount(0);
  }
});

test("an admin reads the dashboard without JavaScript: each chart has a table of the same weeks, and the user search leads to roles", async ({ browser }) => {
  // Signed in with JavaScript on (the sign-in form), then read with it off.
  const signedIn = await browser.newContext();
  const first = await signedIn.newPage();
  await signInAs(first, "admin@example.com", "/account");
  await expect(first.getByRole("heading", { name: "Your account" })).toBeVisible();
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  const page = await noScript.newPage();
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Community dashboard" })).toBeVisible();
  for (const title of ["Sign-ups per week", "Requests sent per week", "Acceptance rate per week", "Median time to a mentor's first answer", "Active mentorships", "Forum posts per week", "Flags raised and resolved per week"]) {
    const table = page.getByRole("table", { name: title });
    await expect(table, title).toBeVisible();
    // A header row and twelve weeks.
    await expect(table.getByRole("row"), title).toHaveCount(13);
  }
  await expect(page.getByRole("heading", { name: "Email delivery" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search users" }).fill("member-93@example.com");
  await page.getByRole("button", { name: "Search users" }).click();
  await expect(page).toHaveURL(/\/admin\/users\?q=member-93%40example\.com/);
  await expect(page.getByRole("heading", { name: "Users and roles" })).toBeVisible();
});
