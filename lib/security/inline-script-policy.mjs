// The script-src of a page served from Next's cache: its own inline scripts
// by hash. Plain JavaScript because Next loads the cache handler that uses it
// with import() at run time, outside the build (see csp-cache-handler.mjs).
import { createHash } from "node:crypto";

// A script element's raw text ends at the first "</script" (HTML raw text
// rules), so a lazy match reads exactly what the browser hashes. Scripts with
// a src are covered by 'self'.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/** sha256 sources of every inline script of an HTML document, in order, without repeats. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * The policy sent with a cached page: our own script files ('self': the build's
 * chunks; nothing a member writes is ever served as a script) and the page's
 * inline scripts by hash. Nothing else runs: no injected inline script, no
 * event-handler attribute, no javascript: URL, no script from elsewhere.
 */
export function cachedPagePolicy(html) {
  return ["script-src 'self'", ...inlineScriptHashes(html)].join(" ") + "; script-src-attr 'none'";
}
