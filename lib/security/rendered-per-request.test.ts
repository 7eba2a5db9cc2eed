import { describe, expect, it } from "vitest";
import { renderedPerRequestFrom } from "./rendered-per-request";

// Shapes as Next 16 writes routes-manifest.json and prerender-manifest.json.
const routes = {
  staticRoutes: [{ regex: "^/(?:/)?$" }, { regex: "^/sign\\-in(?:/)?$" }, { regex: "^/articles(?:/)?$" }, { regex: "^/forum(?:/)?$" }],
  dynamicRoutes: [{ regex: "^/articles/([^/]+?)(?:/)?$" }, { regex: "^/u/([^/]+?)(?:/)?$" }, { regex: "^/forum/public/t/([^/]+?)/([^/]+?)(?:/)?$" }],
};
const prerender = {
  routes: { "/": {}, "/articles": {}, "/forum": {}, "/articles/welcome": {} },
  dynamicRoutes: { "/articles/[slug]": { routeRegex: "^/articles/([^/]+?)(?:/)?$" }, "/forum/public/t/[id]/[page]": { routeRegex: "^/forum/public/t/([^/]+?)/([^/]+?)(?:/)?$" } },
};

describe("which pages are rendered per request (and get a nonce)", () => {
  const perRequest = renderedPerRequestFrom(routes, prerender);

  it("pages without a cached copy", () => {
    expect(perRequest("/sign-in")).toBe(true);
    expect(perRequest("/u/marco")).toBe(true);
  });

  it("not prerendered pages, nor pages of a cached (ISR) route, even ones not generated yet", () => {
    for (const path of ["/", "/articles", "/forum", "/articles/welcome", "/articles/not-yet-visited", "/forum/public/t/7/2"]) expect(perRequest(path), path).toBe(false);
  });

  it("not an address no route matches: it is answered with the prerendered not-found page", () => {
    expect(perRequest("/no-such-page")).toBe(false);
    expect(perRequest("/u/a/b/c")).toBe(false);
  });
});
