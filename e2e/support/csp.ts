import { createHash } from "node:crypto";
import type { APIResponse, Page } from "@playwright/test";

// Reads a response the way a browser enforces it: every Content-Security-Policy
// header is its own policy and a script runs only if each policy that has a
// script-src allows it. Returns what would be wrong, one line each.

const INLINE_OR_EXTERNAL = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

const attribute = (attributes: string, name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`, "i").exec(attributes)?.[1];

export function scriptPolicies(response: APIResponse): string[][] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy")
    .flatMap((h) => h.value.split(","))
    .map((policy) => policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")))
    .filter((directive): directive is string => !!directive)
    .map((directive) => directive.split(/\s+/).slice(1));
}

export function scriptPolicyProblems(response: APIResponse, html: string): string[] {
  const policies = scriptPolicies(response);
  if (policies.length === 0) return ["no script-src policy"];
  const problems: string[] = [];
  for (const sources of policies) {
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "http:", "https:"]) if (sources.includes(loose)) problems.push(`script-src allows ${loose}`);
    if (!sources.some((s) => s.startsWith("'nonce-") || s.startsWith("'sha256-"))) problems.push(`script-src has neither nonce nor hashes: ${sources.join(" ")}`);
  }
  let scripts = 0;
  for (const [, attributes, body] of html.matchAll(INLINE_OR_EXTERNAL)) {
    scripts++;
    const nonce = attribute(attributes!, "nonce");
    const src = attribute(attributes!, "src");
    const hash = `'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`;
    for (const sources of policies) {
      const byNonce = !!nonce && sources.includes(`'nonce-${nonce}'`);
      const allowed = src ? byNonce || (sources.includes("'self'") && src.startsWith("/_next/")) : byNonce || sources.includes(hash);
      if (!allowed) problems.push(`blocked: <script${attributes}>${src ? "" : body!.slice(0, 60)}`);
    }
  }
  if (scripts === 0) problems.push("no scripts at all (is this the page?)");
  return problems;
}

/**
 * The Content-Security-Policy violations the browser reported on the page
 * since it loaded (buffered reports), one line each: a script of the page's
 * own that its policy blocks, or anything injected.
 */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Body = { effectiveDirective?: string; blockedURL?: string; sourceFile?: string; lineNumber?: number };
        const describe = (r: { body: unknown }) => {
          const b = (r.body ?? {}) as Body;
          return `${b.effectiveDirective} blocked ${b.blockedURL || "inline"} (${b.sourceFile}:${b.lineNumber})`;
        };
        const observer = new ReportingObserver(() => {}, { types: ["csp-violation"], buffered: true });
        observer.observe();
        // Buffered reports are queued as a task: read them on the next one.
        setTimeout(() => {
          resolve(observer.takeRecords().map(describe));
          observer.disconnect();
        }, 0);
      }),
  );
}
