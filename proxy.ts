import { NextResponse, type NextRequest } from "next/server";
import { cachedResultsPath, canonicalTerms } from "@/lib/articles/search-path";
import { searchParamsSchema } from "@/lib/articles/search-query";
import { proxySessionUserId } from "@/lib/auth/proxy-session";
import { hasSessionCookie, publicForumPath } from "@/lib/forum/public-path";
import { parseMatchPage } from "@/lib/matching/params";
import { cachedDirectoryPath, canonicalDirectoryQuery } from "@/lib/mentors/directory-path";
import { isCrossOriginWrite } from "@/lib/security/same-origin";
import { getEnv } from "@/lib/env";

const notFound = (why: string) => new NextResponse(`Not found: ${why}`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

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
      return NextResponse.rewrite(new URL(cachedResultsPath(terms, page), request.url));
    }
  }

  // Likewise a directory search, cached per canonical set of filters.
  if (pathname === "/mentors" && searchParams.size > 0) {
    const query = canonicalDirectoryQuery(searchParams);
    if (query) return NextResponse.rewrite(new URL(cachedDirectoryPath(query), request.url));
  }

  // A visitor's forum page (no session cookie: nothing to decrypt, only its
  // presence counts) comes from the cached public route, which shows what
  // everyone may see; members, and a reply being quoted, get the per-request
  // page. The anonymous copy must not be kept by a shared cache under the
  // public address, where a member would be served it.
  if (pathname.startsWith("/forum/") && (request.method === "GET" || request.method === "HEAD") && !hasSessionCookie(request.cookies.getAll().map((c) => c.name))) {
    const target = publicForumPath(pathname, searchParams);
    if (target) {
      const response = NextResponse.rewrite(new URL(target, request.url));
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
      const response = NextResponse.rewrite(new URL(`/match/for/${id}/${parseMatchPage(searchParams.get("page") ?? undefined)}`, request.url));
      // Cached on the server, but one member's: no shared cache may keep it.
      response.headers.set("cache-control", "private, no-store");
      return response;
    }
  }
  return NextResponse.next();
}

// Only these paths pass through the proxy (only /match reads a session; the
// forum's pages only look for the cookie): every other request (articles,
// assets, /forum itself, which is static for everyone) skips it.
export const config = {
  matcher: [
    "/search",
    "/mentors",
    "/match",
    "/match/:path+",
    "/forum/:slug",
    "/forum/t/:id",
    "/:path*/(.*%.*)",
    // Writes from a browser carry an Origin header; same-origin page loads do
    // not, so cached pages do not pay for the check.
    { source: "/:path*", has: [{ type: "header", key: "origin" }] },
  ],
};
