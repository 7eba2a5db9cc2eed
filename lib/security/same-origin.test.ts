import { describe, expect, it } from "vitest";
import { isCrossOriginWrite } from "./same-origin";

const site = "https://tandem.example";
const check = (method: string, origin: string | null, host: string | null = "tandem.example") => isCrossOriginWrite({ method, origin, host, siteUrl: site });

describe("cross-origin writes", () => {
  it("refuses a write from another site, a sandboxed frame or a garbled origin", () => {
    for (const origin of ["https://evil.example", "http://tandem.example.evil.example", "null", "not a url", "https://tandem.example:8443"]) expect(check("POST", origin), origin).toBe(true);
    expect(check("DELETE", "https://evil.example")).toBe(true);
    expect(check("post", "https://evil.example")).toBe(true);
  });

  it("lets the site's own pages write, by its public URL or the host it was reached at", () => {
    expect(check("POST", "https://tandem.example")).toBe(false);
    expect(check("POST", "http://127.0.0.1:3100", "127.0.0.1:3100")).toBe(false);
  });

  it("leaves reads and origin-less clients alone", () => {
    expect(check("GET", "https://evil.example")).toBe(false);
    expect(check("HEAD", "https://evil.example")).toBe(false);
    expect(check("POST", null)).toBe(false);
  });

  it("refuses when the host is unknown and the origin is not the site", () => {
    expect(check("POST", "http://127.0.0.1:3100", null)).toBe(true);
  });
});
