// ?page=N on /match: a whole number from 1; anything else (missing, "0",
// "-2", "2.5", "abc", "1e3", repeated) is page 1, never an error. Pages past
// the last are clamped by matchesFor, which knows how many there are.
const MAX_PAGE = 1_000_000;

export function parseMatchPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || !/^\d{1,7}$/.test(value)) return 1;
  const n = Number(value);
  return n >= 1 && n <= MAX_PAGE ? n : 1;
}

/** The address of a page of matches: page 1 is plain /match. */
export function matchPageHref(page: number): string {
  return page > 1 ? `/match?page=${page}` : "/match";
}
