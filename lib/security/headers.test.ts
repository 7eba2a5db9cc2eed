import { describe, expect, it } from "vitest";
import { BASE_CSP, securityHeaders } from "./headers";

const headersFor = (rules: ReturnType<typeof securityHeaders>, source: string) => Object.fromEntries(rules.find((r) => r.source === source)!.headers.map((h) => [h.key, h.value]));

describe("security headers", () => {
  it("sends HSTS in production only, and no-referrer on the token pages", () => {
    const prod = securityHeaders({ production: true });
    const dev = securityHeaders({ production: false });
    expect(headersFor(prod, prod[0]!.source)["Strict-Transport-Security"]).toMatch(/^max-age=/);
    expect(headersFor(dev, dev[0]!.source)["Strict-Transport-Security"]).toBeUndefined();
    expect(headersFor(prod, "/reset-password/:token*")["Referrer-Policy"]).toBe("no-referrer");
    expect(headersFor(prod, prod[0]!.source)["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("never allows plugins, a foreign base URL or framing", () => {
    expect(BASE_CSP).toContain("object-src 'none'");
    expect(BASE_CSP).toContain("base-uri 'none'");
    expect(BASE_CSP).toContain("frame-ancestors 'none'");
    expect(BASE_CSP).not.toContain("unsafe");
  });

  it("keeps the general rule off the token pages, so one Referrer-Policy applies to each", () => {
    const general = new RegExp(`^${securityHeaders({ production: true })[0]!.source.replace(/\(\?!/, "(?!")}$`);
    expect(general.test("/articles")).toBe(true);
    expect(general.test("/reset-password/abc")).toBe(false);
    expect(general.test("/api/unsubscribe/abc")).toBe(false);
  });
});
