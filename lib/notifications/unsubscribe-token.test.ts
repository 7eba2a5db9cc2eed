import { createHmac } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { NOTIFICATION_KINDS } from "@/db/schema";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token";

vi.stubEnv("AUTH_SECRET", "a-test-secret-that-is-at-least-32-characters");

/** Replaces the character at `i` with another one of the base64url alphabet. */
const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);

describe("unsubscribe tokens", () => {
  it("read back as the member and kind they were made for", () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const userId of [1, 42, 9_007_199_254_740_991]) expect(readUnsubscribeToken(unsubscribeToken(userId, kind))).toEqual({ userId, kind });
    }
  });

  it("are URL-safe as they are", () => {
    const token = unsubscribeToken(42, "forum_reply");
    expect(encodeURIComponent(token)).toBe(token);
  });

  it("cannot be moved to another member or another kind", () => {
    const token = unsubscribeToken(42, "request");
    const sig = token.split(".")[2]!;
    expect(readUnsubscribeToken(`43.request.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(`4.request.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(`42.message.${sig}`)).toBeNull();
    expect(readUnsubscribeToken(`42.moderation.${sig}`)).toBeNull();
  });

  it("refuse a changed signature", () => {
    const token = unsubscribeToken(42, "request");
    const start = token.lastIndexOf(".") + 1;
    for (const i of [start, start + 5, start + 20]) expect(readUnsubscribeToken(flip(token, i))).toBeNull();
  });

  it("refuse a token signed with another secret", () => {
    const forged = createHmac("sha256", "unsubscribe:another-secret-that-is-32-characters-long").update("42.request").digest().subarray(0, 16).toString("base64url");
    expect(readUnsubscribeToken(`42.request.${forged}`)).toBeNull();
  });

  it("refuse malformed input without throwing", () => {
    const sig = unsubscribeToken(42, "request").split(".")[2]!;
    const bad = [
      "",
      "42",
      "42.request",
      `42.request.${sig}.extra`,
      `042.request.${sig}`,
      `0.request.${sig}`,
      `-1.request.${sig}`,
      `1e3.request.${sig}`,
      `42.password_reset.${sig}`,
      `42.unknown.${sig}`,
      `42.REQUEST.${sig}`,
      `42.request.${sig.slice(1)}`,
      `42.request.${sig}A`,
      `42.request.${sig.slice(0, -1)}=`,
      `42.request.${sig.slice(0, -1)}+`,
      `99999999999999999.request.${sig}`,
      `42.request.${sig}`.padEnd(10_000, "x"),
      "%2e%2e%2f",
    ];
    for (const token of bad) expect(readUnsubscribeToken(token)).toBeNull();
  });

  it("accept exactly one spelling of a signature (not one that decodes to the same bytes)", () => {
    const token = unsubscribeToken(42, "request");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(token.at(-1)!);
    // The last of 22 characters carries 2 bits of the 16 bytes; its other 4 are spare.
    const twin = token.slice(0, -1) + alphabet[(last & 0b110000) | ((last + 1) & 0b001111)];
    expect(Buffer.from(twin.split(".")[2]!, "base64url")).toEqual(Buffer.from(token.split(".")[2]!, "base64url"));
    expect(readUnsubscribeToken(token)).not.toBeNull();
    expect(readUnsubscribeToken(twin)).toBeNull();
  });

  it("refuse an id beyond the safe integers, even when correctly signed", () => {
    const id = "9999999999999999";
    const sig = createHmac("sha256", `unsubscribe:${process.env.AUTH_SECRET}`).update(`${id}.request`).digest().subarray(0, 16).toString("base64url");
    expect(readUnsubscribeToken(`${id}.request.${sig}`)).toBeNull();
  });
});
