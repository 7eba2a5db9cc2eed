import { NextResponse, type NextRequest } from "next/server";
import { cachedResultsPath, canonicalTerms } from "@/lib/articles/search-path";
import { searchParamsSchema } from "@/lib/articles/search-query";

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;

  // Next 16 answers 500 when a dynamic segment holds a percent-encoding that is
  // not valid UTF-8 (/articles/%E0%A4%A): its router throws while decoding
  // (vercel/next.js#92557). Such a URL names nothing: 404.
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("Not found: the address is not valid.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
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
  return NextResponse.next();
}

// Only /search and paths holding a "%" pass through the proxy: every other
// request (articles, assets) skips it.
export const config = { matcher: ["/search", "/:path*/(.*%.*)"] };
