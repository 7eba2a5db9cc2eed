// Response headers for every route (next.config.ts). Pure, so a unit test
// reads the same list the server sends.
//
// The Content-Security-Policy here holds the directives that need no
// per-page knowledge. Which scripts may run is a second policy that depends
// on the page: a nonce from proxy.ts (lib/security/csp.ts) on pages rendered
// per request, hashes kept with the cache entry on cached ones
// (csp-cache-handler.mjs). A browser enforces every policy it is sent.
export const BASE_CSP = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"].join("; ");

export const PERMISSIONS_POLICY = ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "browsing-topics=()"].join(", ");

// Pages whose address holds a secret token: no referrer at all may carry it away.
export const TOKEN_PATHS = ["/reset-password/:token*", "/unsubscribe/:token*", "/api/unsubscribe/:token*"] as const;

type Header = { key: string; value: string };

export function securityHeaders({ production }: { production: boolean }): { source: string; headers: Header[] }[] {
  const common: Header[] = [
    { key: "Content-Security-Policy", value: BASE_CSP },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore it over plain HTTP, so it is safe on a local `next start`.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
  return [
    { source: "/((?!reset-password/|unsubscribe/|api/unsubscribe/).*)", headers: [...common, { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" }] },
    ...TOKEN_PATHS.map((source) => ({ source, headers: [...common, { key: "Referrer-Policy", value: "no-referrer" }] })),
  ];
}
