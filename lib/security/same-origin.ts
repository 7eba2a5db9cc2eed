// Server actions and route handlers that change things must only be called
// from this site's own pages. Next refuses a cross-origin action too, but
// with a 500 and after parsing it; proxy.ts refuses it first, with a 403.
// Requests without an Origin header (curl, a mail provider's one-click
// unsubscribe, the import command's refresh call) are not CSRF: a browser
// always sends Origin on a cross-site POST.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossOriginWrite({ method, origin, host, siteUrl }: { method: string; origin: string | null; host: string | null; siteUrl: string }): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || origin === null) return false;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return true; // "null" (sandboxed frames, file:) or garbage
  }
  if (from.origin === new URL(siteUrl).origin) return false;
  return host === null || from.host !== host;
}
