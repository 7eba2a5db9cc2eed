import { NextResponse, type NextRequest } from "next/server";
import { cachedResultsPath, canonicalTerms } from "@/lib/articles/search-path";
import { searchParamsSchema } from "@/lib/articles/search-query";
import { proxySessionUserId } from "@/lib/auth/proxy-session";
import { hasSessionCookie, publicForumPath } from "@/lib/forum/public-path";
import { parseMatchPage } from "@/lib/matching/params";
import { cachedDirectoryPath, canonicalDirectoryQuery } from "@/lib/mentors/directory-path";
import { renderedPerRequest } from "@/lib/security/rendered-per-request";
import { newNonce, noncePolicy } from "@/lib/security/csp";
import { isCrossOriginWrite } from "@/lib/security/same-origin";
import { getEnv } from "@/lib/env";

const notFound = (why: string) => new NextResponse(`Not found: ${why}`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * Serves `target` (the address itself, or the cached route it is rewritten to).
 * A page rendered for this request gets a fresh nonce: in the request's policy
 * header, where Next reads it to mark its scripts, and in the response's.
 * Cached pages (their policy comes with the cache entry, lib/security/
 * csp-cache-handler.mjs) and route handlers (no HTML) get none.
 */
function pass(request: NextRequest, target?: URL): NextResponse {
  const pathname = (target ?? request.nextUrl).pathname;
  if (pathname.startsWith("/api/") || !renderedPerRequest()(pathname)) return target ? NextResponse.rewrite(target) : NextResponse.next();
  const policy = noncePolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = target ? NextResponse.rewrite(target, { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;

  if (isCrossOriginWrite({ method: request.method, origin: request.headers.get("origin"), host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"), siteUrl: getEnv().SITE_URL }))
    return new NextResponse("Forbidden: this site accepts changes only from its own pages.\n", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });

  // Next 16 answers 500 when a dynamic segment holds a percent-encoding that is
  // not valid UTF-8 (/articles/%E0%A4%A): its router throws while decoding
  // (vercel/next.js#92557). Such a URL names nothing: 404.
  try {
    decodeURIComponent(pathname);
  } catch {
    return notFound("the address is not valid.");
  }

  // A search with words is served from the page cached for its normalized
  // terms; the address bar keeps the /search?q= the person typed.
  if (pathname === "/search") {
    const terms = canonicalTerms(searchParams.get("q") ?? "");
    if (terms) {
      const { page } = searchParamsSchema.parse({ page: searchParams.get("page") ?? undefined });
      return pass(request, new URL(cachedResultsPath(terms, page), request.url));
    }
  }

  // Likewise a directory search, cached per canonical set of filters.
  if (pathname === "/mentors" && searchParams.size > 0) {
    const query = canonicalDirectoryQuery(searchParams);
    if (query) return pass(request, new URL(cachedDirectoryPath(query), request.url));
  }

  // A visitor's forum page (no session cookie: nothing to decrypt, only its
  // presence counts) comes from the cached public route, which shows what
  // everyone may see; members, and a reply being quoted, get the per-request
  // page. The anonymous copy must not be kept by a shared cache under the
  // public address, where a member would be served it.
  if (pathname.startsWith("/forum/") && (request.method === "GET" || request.method === "HEAD") && !hasSessionCookie(request.cookies.getAll().map((c) => c.name))) {
    const target = publicForumPath(pathname, searchParams);
    if (target) {
      const response = pass(request, new URL(target, request.url));
      response.headers.set("cache-control", "private, no-cache");
      return response;
    }
  }

  // Matches are cached per member: the signed-in member's own page, and
  // never anyone else's (the cached route is not reachable from outside).
  if (pathname.startsWith("/match/")) return notFound("no such page.");
  if (pathname === "/match") {
    // The session is read here only: a revoked or stale one counts as none.
    const id = await proxySessionUserId(request);
    if (id) {
      const response = pass(request, new URL(`/match/for/${id}/${parseMatchPage(searchParams.get("page") ?? undefined)}`, request.url));
      // Cached on the server, but one member's: no shared cache may keep it.
      response.headers.set("cache-control", "private, no-store");
      return response;
    }
  }
  return pass(request);
}

// Every page passes through the proxy (for its nonce, or its rewrite to a
// cached route) except the article pages, all cached, which skip it: they are
// the most read. Files, route handlers and Next's assets skip it too, unless
// a write from a browser (it carries an Origin header) must be checked; so
// does the benchmark's empty cached page, the baseline the article pages are
// measured against.
export const config = {
  matcher: [
    "/((?!_next/|api/|articles|bench/empty|favicon.ico|icon|apple-icon|robots.txt|sitemap.xml|feed.xml).*)",
    "/:path*/(.*%.*)",
    { source: "/:path*", has: [{ type: "header", key: "origin" }] },
  ],
};
