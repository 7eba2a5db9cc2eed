import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/env";

// A token derived from the app secret, so a leaked refresh token reveals
// nothing that signs sessions.
export function refreshToken(): string {
  return createHmac("sha256", getEnv().AUTH_SECRET).update("content-refresh").digest("base64url");
}

export function isRefreshAuthorized(authorization: string | null): boolean {
  const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(refreshToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
