import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { settled } from "./axe";
import { signInAs } from "./sign-in";
import { MARKDOWN_TAGS, scanDocument, USER_HTML } from "./xss-dom-scan";
import { XSS_PAYLOADS } from "./xss-payloads";

// Watches every page it opens for the signs of a payload that ran (a dialog,
// a page error, a console error, window.__xss) and scans pages' DOM for
// markup that should not be there. Problems are collected, each naming the
// page and, for a dialog, the payload whose number it showed.

const payloadName = (id: number) => {
  const p = XSS_PAYLOADS.find((x) => x.id === id);
  return p ? `payload ${id}, ${p.label}` : "no payload";
};

const describe = (url: string) => {
  const u = new URL(url);
  const path = u.pathname + u.search;
  try {
    return decodeURIComponent(path).slice(0, 160);
  } catch {
    return path.slice(0, 160);
  }
};

type ConsoleError = { page: Page; text: string; url: string };

export class XssGuard {
  readonly problems: string[] = [];
  private consoleErrors: ConsoleError[] = [];
  private brokenImages = new Set<string>();
  private signedIn = new Map<string, Page>();

  constructor(private readonly browser: Browser) {}

  /** A page in a context of its own, signed in as `email` (landed on `returnTo`) or a visitor's. */
  async open(email?: string, returnTo = "/account", options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.browser.newContext(options);
    const page = await context.newPage();
    this.watch(page);
    if (email) {
      await signInAs(page, email, returnTo);
      await page.waitForURL((url) => url.pathname === returnTo.split("?")[0]);
    }
    return page;
  }

  /** `email`'s page, signed in once for the whole spec (a sign-in costs a second of scrypt), now at `path`. */
  async as(email: string, path: string): Promise<Page> {
    const known = this.signedIn.get(email);
    if (!known) {
      const page = await this.open(email, path);
      this.signedIn.set(email, page);
      return page;
    }
    await known.goto(path);
    return known;
  }

  async closeAll() {
    await Promise.all([...this.signedIn.values()].map((page) => page.context().close()));
    this.signedIn.clear();
  }

  private watch(page: Page) {
    page.on("dialog", (dialog) => {
      const id = Number(/\d+/.exec(dialog.message())?.[0]);
      this.problems.push(`${describe(page.url())}: ${dialog.type()} dialog "${dialog.message()}" (${payloadName(id)})`);
      void dialog.dismiss().catch(() => {});
    });
    page.on("pageerror", (error) => this.problems.push(`${describe(page.url())}: page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") this.consoleErrors.push({ page, text: message.text(), url: message.location().url });
    });
    // Markdown lets members show images; one that does not load is theirs to fix, not a script.
    page.on("response", (response) => {
      if (response.request().resourceType() === "image" && response.status() >= 400) this.brokenImages.add(response.url());
    });
    page.on("requestfailed", (request) => {
      if (request.resourceType() === "image") this.brokenImages.add(request.url());
    });
  }

  /** Waits for the page to settle, then records what its DOM should not hold. */
  async check(page: Page, label = "") {
    await settled(page);
    // One frame more, so onload, onerror and autofocus handlers had their chance.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const where = `${label ? `${label}: ` : ""}${describe(page.url())}`;
    const found = await page.evaluate(scanDocument, { markdownTags: MARKDOWN_TAGS, userHtml: USER_HTML });
    this.problems.push(...found.map((f) => `${where}: ${f}`));
    this.takeConsoleErrors(page, where);
  }

  /** Opens `path` and checks it; an answer other than 200 is a problem too. */
  async visit(page: Page, path: string, { label = "" }: { label?: string } = {}): Promise<Page> {
    const response = await page.goto(path);
    if (response?.status() !== 200) this.problems.push(`${label} ${path}: answered ${response?.status()}`);
    await this.check(page, label);
    return page;
  }

  /** Visits a paginated list from `path`, following its "Next" links to the end; answers how many pages. */
  async visitAllPages(page: Page, path: string, label = ""): Promise<number> {
    let next: string | null = path;
    let count = 0;
    while (next && count < 50) {
      await this.visit(page, next, { label });
      count++;
      next = await page.locator("a[rel=next]").first().getAttribute("href", { timeout: 1000 }).catch(() => null);
    }
    return count;
  }

  /**
   * Fetches each path with the page's cookies, a few at a time, and scans
   * the HTML as the server sent it: parsed, not run, so no hydration, no
   * prefetching, a tenth of a page load. For the many instances of a page
   * whose kind is rendered in full elsewhere. With `follow`, a list's
   * further pages ("Next") are fetched too.
   */
  async scanAll(page: Page, paths: readonly string[], { label = "", follow = false }: { label?: string; follow?: boolean } = {}): Promise<number> {
    const queue = [...paths];
    let fetched = 0;
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const response = await page.request.get(path);
        fetched++;
        const where = `${label ? `${label}: ` : ""}${describe(response.url())} (fetched)`;
        if (response.status() !== 200) this.problems.push(`${where}: answered ${response.status()}`);
        const html = await response.text();
        const found = await page.evaluate(scanDocument, { markdownTags: MARKDOWN_TAGS, userHtml: USER_HTML, html, url: response.url() });
        this.problems.push(...found.map((f) => `${where}: ${f}`));
        const next = follow ? /<a [^>]*rel="next"[^>]*>/.exec(html)?.[0].match(/href="([^"]+)"/)?.[1] : undefined;
        if (next) queue.push(next.replaceAll("&amp;", "&"));
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    return fetched;
  }

  /**
   * Console errors become problems, but for a resource that failed to load
   * and was not a script: a member's broken image, the /favicon.ico the
   * browser asks for on its own (the app has none), or Next prefetching a
   * link to a page the test just took away (an article it unpublished).
   */
  private consoleProblems(errors: ConsoleError[], where: (e: ConsoleError) => string): string[] {
    const harmless = (e: ConsoleError) => {
      if (!/^Failed to load resource/.test(e.text)) return false;
      const url = new URL(e.url || "about:blank");
      return this.brokenImages.has(e.url) || url.pathname === "/favicon.ico" || (url.searchParams.has("_rsc") && / 404 /.test(e.text));
    };
    return errors.filter((e) => !harmless(e)).map((e) => `${where(e)}: console error: ${e.text} [${e.url}]`);
  }

  private takeConsoleErrors(page: Page, where: string) {
    const mine = this.consoleErrors.filter((e) => e.page === page);
    this.consoleErrors = this.consoleErrors.filter((e) => e.page !== page);
    this.problems.push(...this.consoleProblems(mine, () => where));
  }

  /** Every problem so far (console errors of pages never checked included); clears them. */
  take(): string[] {
    const rest = this.consoleProblems(this.consoleErrors.splice(0), (e) => describe(e.page.url()));
    return [...this.problems.splice(0), ...rest];
  }
}
