import { parseSearchQuery } from "./search-query";

/**
 * Search result pages are cached per normalized query: "/search?q=Mentor,
 * network!" and "/search?q=mentor network" share /search/results/mentor%20network/1.
 * Only the canonical form of a query is ever cached, so spelling variants do
 * not multiply cache entries.
 */
export function canonicalTerms(raw: string): string | null {
  const parsed = parseSearchQuery(raw);
  return parsed.kind === "terms" ? parsed.terms.join(" ") : null;
}

export function cachedResultsPath(terms: string, page: number): string {
  return `/search/results/${encodeURIComponent(terms)}/${page}`;
}

/**
 * The terms a results path segment carries; null when cachedResultsPath could
 * not have written it. The segment is user input: a malformed escape
 * ("%E0%A4%A") names no search and must be a 404, not a thrown URIError.
 */
export function termsFromSegment(segment: string): string | null {
  let terms: string;
  try {
    terms = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return canonicalTerms(terms) === terms ? terms : null;
}

export function publicSearchHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `/search?${params}`;
}
