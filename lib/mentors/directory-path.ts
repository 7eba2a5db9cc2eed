import { directoryHref, parseDirectoryFilters } from "./directory-schema";

// Directory pages are cached per canonical query, like search results: the
// proxy rewrites /mentors?language=Spanish&accepting=1 (in any order, with
// empty or unknown fields) to /mentors/results/<canonical query>, so all
// spellings of one search share one cached page and nonsense adds none.

/** The canonical query string of a directory search ("" when no filter is set). */
export function canonicalDirectoryQuery(params: URLSearchParams): string {
  const href = directoryHref(parseDirectoryFilters(Object.fromEntries(params)));
  return href.includes("?") ? href.slice(href.indexOf("?") + 1) : "";
}

// The query travels as base64url: a path segment of plain letters, which no
// layer decodes differently (percent-encoded "/" inside a segment did).
export function cachedDirectoryPath(query: string): string {
  return `/mentors/results/${Buffer.from(query, "utf8").toString("base64url")}`;
}

/** The query of a cached results path segment; null when it is not one this site made. */
export function queryFromSegment(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(segment)) return null;
  const query = Buffer.from(segment, "base64url").toString("utf8");
  return cachedDirectoryPath(query).endsWith(`/${segment}`) ? query : null;
}
