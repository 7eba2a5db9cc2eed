import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { cspViolations } from "./csp";

/** The WCAG 2.0 and 2.1 A and AA rules, as the hardening issue asks. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

/**
 * Waits for the page to settle: loaded, and the header's account menu filled
 * in from /api/me (components/layout/account-menu.tsx marks itself busy until then).
 */
export async function settled(page: Page) {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => !document.querySelector("header [aria-busy='true']"));
}

/** The serious and critical violations axe finds on the page, one readable line (or a few) each; empty when there are none. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await settled(page);
  // Legacy mode runs axe in the page itself instead of finishing each run in
  // a new blank page: about half the time a page, and this app has no frames.
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map((v) => {
      const targets = v.nodes.map((n) => `      ${n.target.join(" ")}${n.failureSummary ? `\n        ${n.failureSummary.replace(/\n\s*/g, " / ")}` : ""}`);
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${targets.join("\n")}`;
    });
}

/**
 * Soft expectations (the test goes on to the next page) that `page` has no
 * serious or critical violation, and that its Content-Security-Policy blocked
 * none of its own scripts; `label` names it in the report.
 */
export async function expectNoSeriousViolations(page: Page, label: string) {
  const found = await seriousViolations(page);
  expect.soft(found, `${label} (${new URL(page.url()).pathname}) has serious or critical accessibility violations:\n${found.join("\n")}\n`).toEqual([]);
  expect.soft(await cspViolations(page), `${label} (${new URL(page.url()).pathname}): scripts blocked by its Content-Security-Policy`).toEqual([]);
}
