import { canonicalTerms } from "@/lib/articles/search-path";
import { searchParamsSchema } from "@/lib/articles/search-query";
import { parseCategorySlug, parseId, parsePage } from "./schema";

// The forum as a visitor sees it is served from Next's cache: proxy.ts
// rewrites an anonymous GET of a forum page (no session cookie) to a cached
// public route, one entry per canonical address:
//
//   /forum/<slug>?page=N          → /forum/public/c/<slug>/<N>
//   /forum/t/<id>?page=N          → /forum/public/t/<id>/<N>   (not with ?quote=)
//   /forum/search?q=…&page=N      → /forum/public/s/<base64url of the canonical terms>/<N>
//
// Members keep the per-request pages (what they see depends on who they
// are). The public routes render only what everyone may see, and only the
// canonical spelling of an address, so junk cannot multiply cache entries.
// Pure: no database, safe for the proxy.

/** Auth.js's session cookie (__Secure- over https), possibly split into chunks (.0, .1, …). */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** Whether a request carries a session cookie (valid or not: only its presence counts). */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

/**
 * Forum search terms in canonical form (the words the search uses, joined by
 * one space), or null when there is nothing to search for. Only forms that
 * parse back to themselves count, so a cached page can check its own segment.
 */
export function canonicalForumTerms(raw: string): string | null {
  const terms = canonicalTerms(raw);
  return terms !== null && canonicalTerms(terms) === terms ? terms : null;
}

// Terms travel as base64url: plain letters in a path segment, which no layer
// decodes differently.
export const termsSegment = (terms: string) => Buffer.from(terms, "utf8").toString("base64url");

/** The canonical terms a search segment carries; null when this site would not have made it. */
export function termsFromSegment(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,1200}$/.test(segment)) return null;
  const terms = Buffer.from(segment, "base64url").toString("utf8");
  return termsSegment(terms) === segment && canonicalForumTerms(terms) === terms ? terms : null;
}

/** A page number segment: digits without a leading zero, 1 to `max`; null otherwise. */
export function pageFromSegment(segment: string, max: number): number | null {
  if (!/^[1-9]\d{0,3}$/.test(segment)) return null;
  const page = Number(segment);
  return page <= max ? page : null;
}

/** Thread and category pages: as ?page= is read (lib/forum/schema parsePage). */
export const MAX_FORUM_PAGE = 9999;
/** Search pages: as ?page= is read on /forum/search (lib/articles/search-query). */
export const MAX_SEARCH_PAGE = 1000;

export const publicCategoryPath = (slug: string, page: number) => `/forum/public/c/${slug}/${page}`;
export const publicThreadPath = (id: number, page: number) => `/forum/public/t/${id}/${page}`;
export const publicSearchPath = (terms: string, page: number) => `/forum/public/s/${termsSegment(terms)}/${page}`;

/** The public forum address of a search, as a visitor types it. */
export function forumSearchHref(terms: string, page: number): string {
  return `/forum/search?${new URLSearchParams(page > 1 ? { q: terms, page: String(page) } : { q: terms })}`;
}

/**
 * The cached public route for a forum page as a visitor asks for it, or
 * null when the per-request page should answer (a quote to reply with, a
 * search without words, an id or slug that cannot be one: its 404).
 */
export function publicForumPath(pathname: string, params: URLSearchParams): string | null {
  if (pathname === "/forum/search") {
    const terms = canonicalForumTerms(params.get("q") ?? "");
    if (!terms) return null;
    const { page } = searchParamsSchema.parse({ page: params.get("page") ?? undefined });
    return publicSearchPath(terms, page);
  }
  const thread = /^\/forum\/t\/([^/]+)$/.exec(pathname);
  if (thread) {
    const id = parseId(thread[1]);
    return id && !params.has("quote") ? publicThreadPath(id, parsePage(params.get("page") ?? undefined)) : null;
  }
  const category = /^\/forum\/([^/]+)$/.exec(pathname);
  if (category) {
    const slug = parseCategorySlug(category[1]!);
    return slug ? publicCategoryPath(slug, parsePage(params.get("page") ?? undefined)) : null;
  }
  return null;
}
