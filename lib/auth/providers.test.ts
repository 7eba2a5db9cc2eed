import { describe, expect, it } from "vitest";
import { oauthProviders } from "./providers";

describe("oauthProviders", () => {
  it("offers GitHub only when both its variables are set", () => {
    expect(oauthProviders({})).toEqual([]);
    expect(oauthProviders({ AUTH_GITHUB_ID: "id" })).toEqual([]);
    expect(oauthProviders({ AUTH_GITHUB_SECRET: "secret" })).toEqual([]);
    expect(oauthProviders({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" }).map((p) => p.id)).toEqual(["github"]);
  });
});
