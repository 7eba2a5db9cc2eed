// Next's own file-system cache for pages, plus one thing: every cached page
// gets the Content-Security-Policy that lets exactly its inline scripts run
// (by hash), kept in the cache entry's headers so each hit sends it without
// work. Pages rendered per request get a nonce from proxy.ts instead; cached
// ones cannot, their HTML is shared (vercel/next.js#95354: Next's SRI option
// does not cover the inline scripts). Installed by instrumentation.ts.
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { cachedPagePolicy } from "./inline-script-policy.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const CSP = "content-security-policy";

/** Adds the policy to an app page entry that has none yet; the entry object is kept, so this runs once per entry. */
function withPolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  if (value.headers?.[CSP]) return value;
  value.headers = { ...value.headers, [CSP]: cachedPagePolicy(value.html) };
  return value;
}

export default class CspCacheHandler extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    if (entry?.value) withPolicy(entry.value);
    return entry;
  }

  // Next serves a fresh render from the very object it stores, so adding the
  // header here also covers the response that filled the cache.
  async set(key, data, ctx) {
    return super.set(key, withPolicy(data), ctx);
  }
}

/**
 * Makes this Next's page cache: the handler Next's IncrementalCache takes from
 * this global when next.config names none (the hook a hosting runtime uses).
 */
export function installCspCacheHandler() {
  const key = Symbol.for("@next/cache-handlers");
  globalThis[key] = { ...globalThis[key], FetchCache: CspCacheHandler };
}
