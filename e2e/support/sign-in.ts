import type { Page } from "@playwright/test";

export const DEMO_PASSWORD = "tandem-demo-password";

/** Signs in through the real form, landing on `returnTo`. */
export async function signInAs(page: Page, email: string, returnTo = "/account", password = DEMO_PASSWORD) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
