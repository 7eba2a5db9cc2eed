import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "tandem-demo-password";

/** Signs in through the real form, landing on `returnTo`. */
export async function signInAs(page: Page, email: string, returnTo = "/account", password = DEMO_PASSWORD) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A browser context of its own, signed in as `email` and landed on `returnTo`: one person among several in a test. */
export async function signedInPage(browser: Browser, email: string, returnTo: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, returnTo);
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  return page;
}
