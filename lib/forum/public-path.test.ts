import { describe, expect, it } from "vitest";
import {
  canonicalForumTerms,
  forumSearchHref,
  hasSessionCookie,
  MAX_SEARCH_PAGE,
  pageFromSegment,
  publicForumPath,
  termsFromSegment,
  termsSegment,
} from "./public-path";

const path = (url: string) => {
  const u = new URL(url, "http://x");
  return publicForumPath(u.pathname, u.searchParams);
};

describe("the proxy's session cookie check", () => {
  it("counts Auth.js session cookies, chunked or over https, and nothing else", () => {
    expect(hasSessionCookie(["authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["theme", "__Secure-authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["authjs.session-token.0", "authjs.session-token.1"])).toBe(true);
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie(["authjs.csrf-token", "authjs.callback-url", "next-auth.session-token", "authjs.session-token-x"])).toBe(false);
  });
});

describe("canonical forum search terms", () => {
  it("give every spelling of one search the same terms", () => {
    expect(canonicalForumTerms("  Mentor, NETWORK! mentor ")).toBe("mentor network");
    expect(canonicalForumTerms("mentor network")).toBe("mentor network");
  });

  it("are null when there is nothing to search for", () => {
    for (const raw of ["", "   ", "!!! ?", "x".repeat(201)]) expect(canonicalForumTerms(raw)).toBeNull();
  });

  it("round-trip through a plain path segment, accents included", () => {
    const terms = canonicalForumTerms("São Paulo café/über")!;
    const segment = termsSegment(terms);
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(termsFromSegment(segment)).toBe(terms);
  });

  it("refuse segments this site did not make: junk, padding, a spelling that is not canonical", () => {
    const nonCanonical = Buffer.from("Mentor,  network", "utf8").toString("base64url");
    for (const bad of ["", "%2F", "a b", "YQ=", "YR", "x".repeat(1201), nonCanonical, termsSegment("")]) expect(termsFromSegment(bad)).toBeNull();
  });
});

describe("page segments", () => {
  it("accept 1 to the maximum without a leading zero", () => {
    expect(pageFromSegment("1", 9999)).toBe(1);
    expect(pageFromSegment("9999", 9999)).toBe(9999);
    expect(pageFromSegment(String(MAX_SEARCH_PAGE), MAX_SEARCH_PAGE)).toBe(MAX_SEARCH_PAGE);
    for (const bad of ["0", "01", "-1", "1.5", "abc", "", "10000", "1e3"]) expect(pageFromSegment(bad, 9999)).toBeNull();
    expect(pageFromSegment("1001", MAX_SEARCH_PAGE)).toBeNull();
  });
});

describe("the public route of a visitor's forum page", () => {
  it("maps categories and threads with their page, a bad ?page= being the first", () => {
    expect(path("/forum/mentorship")).toBe("/forum/public/c/mentorship/1");
    expect(path("/forum/mentorship?page=3&utm=x")).toBe("/forum/public/c/mentorship/3");
    expect(path("/forum/t/42")).toBe("/forum/public/t/42/1");
    expect(path("/forum/t/42?page=2")).toBe("/forum/public/t/42/2");
    expect(path("/forum/t/42?page=02")).toBe("/forum/public/t/42/1");
    expect(path("/forum/t/42?page=abc")).toBe("/forum/public/t/42/1");
  });

  it("maps a search with words to its canonical terms", () => {
    expect(path("/forum/search?q=Mentorship!&page=2")).toBe(`/forum/public/s/${termsSegment("mentorship")}/2`);
    expect(path("/forum/search?q=mentorship&page=5000")).toBe(`/forum/public/s/${termsSegment("mentorship")}/1`);
  });

  it("leaves the rest to the per-request pages", () => {
    for (const url of ["/forum/t/42?quote=7", "/forum/t/abc", "/forum/t/0", "/forum/search", "/forum/search?q=%20!", "/forum/Not_A_Slug", "/forum/mentorship/new", "/forum/t/42/edit/7", "/forum"]) {
      expect(path(url), url).toBeNull();
    }
  });

  it("links a search's pages by its public address", () => {
    expect(forumSearchHref("mentor network", 1)).toBe("/forum/search?q=mentor+network");
    expect(forumSearchHref("mentor network", 3)).toBe("/forum/search?q=mentor+network&page=3");
  });
});
