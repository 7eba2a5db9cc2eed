import { readFileSync } from "node:fs";
import path from "node:path";

// Which addresses Next renders for each request, read from the build's own
// manifests rather than a second list kept by hand. proxy.ts gives only those
// a nonce: a page served from Next's cache (prerendered or ISR) is shared by
// everyone and carries no nonce, its policy comes with the cache entry
// (lib/security/csp-cache-handler.mjs). An address no route matches is
// answered with the prerendered not-found page: cached too.

type RouteRegexes = { regex?: string; routeRegex?: string }[];
type RoutesManifest = { staticRoutes?: RouteRegexes; dynamicRoutes?: RouteRegexes };
type PrerenderManifest = { routes?: Record<string, unknown>; dynamicRoutes?: Record<string, { routeRegex?: string }> };

export type RenderedPerRequest = (pathname: string) => boolean;

const regexes = (routes: RouteRegexes = []) => routes.flatMap((route) => (route.regex ?? route.routeRegex ? [new RegExp((route.regex ?? route.routeRegex)!)] : []));

export function renderedPerRequestFrom(routes: RoutesManifest, prerender: PrerenderManifest): RenderedPerRequest {
  const anyRoute = [...regexes(routes.staticRoutes), ...regexes(routes.dynamicRoutes)];
  const prerendered = new Set(Object.keys(prerender.routes ?? {}));
  const isr = regexes(Object.values(prerender.dynamicRoutes ?? {}));
  return (pathname) => !prerendered.has(pathname) && !isr.some((r) => r.test(pathname)) && anyRoute.some((r) => r.test(pathname));
}

let loaded: RenderedPerRequest | undefined;

/** For the running build; while developing every page is rendered per request. */
export function renderedPerRequest(): RenderedPerRequest {
  if (loaded) return loaded;
  if (process.env.NODE_ENV !== "production") return (loaded = () => true);
  const dist = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  const read = (file: string) => JSON.parse(readFileSync(path.join(dist, file), "utf8")) as object;
  // Without its manifests the server could not have started; should they be
  // unreadable anyway, a nonce everywhere fails safe (cached pages would not
  // hydrate; nothing would run that should not).
  try {
    loaded = renderedPerRequestFrom(read("routes-manifest.json"), read("prerender-manifest.json"));
  } catch {
    loaded = () => true;
  }
  return loaded;
}
