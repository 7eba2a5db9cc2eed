import { decode } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { isSessionLive } from "@/lib/accounts/sessions";
import { getEnv } from "@/lib/env";

// The cookie Auth.js writes the session JWT to (with the __Secure- prefix
// over https); its name is also the key-derivation salt.
const COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

type Claims = { uid: number; sid: string; sv: number; exp: number };

// Decrypting a session token (key derivation, AES, HMAC) costs more than the
// rest of a cached /match; the same browser sends the same token again and
// again, so its claims are remembered by token (expiry kept and checked).
// Whether the session is still live is asked of the database every time.
const decoded = new Map<string, Claims | null>();
const REMEMBERED = 2000;

async function claimsOf(token: string, salt: string): Promise<Claims | null> {
  if (decoded.has(token)) return decoded.get(token)!;
  let claims: Claims | null = null;
  try {
    const payload = await decode({ token, secret: getEnv().AUTH_SECRET, salt });
    const { uid, sid, sv, exp } = (payload ?? {}) as Partial<Claims>;
    if (typeof uid === "number" && typeof sid === "string" && typeof sv === "number" && typeof exp === "number") claims = { uid, sid, sv, exp };
  } catch {
    claims = null; // tampered, expired or from another secret
  }
  if (decoded.size >= REMEMBERED) decoded.delete(decoded.keys().next().value!);
  decoded.set(token, claims);
  return claims;
}

/**
 * The signed-in member's id for the proxy, or null. The same checks as the
 * jwt callback in ./auth (a valid token whose session row is live and of the
 * current version), without the rest of a full auth() call: auth() in a
 * proxy re-encrypts and re-sends the cookie on every request, which cost
 * /match more than rendering it.
 */
export async function proxySessionUserId(request: NextRequest): Promise<number | null> {
  for (const salt of COOKIES) {
    const token = request.cookies.get(salt)?.value;
    if (!token) continue;
    const claims = await claimsOf(token, salt);
    if (!claims || claims.exp * 1000 <= Date.now()) return null;
    return isSessionLive(getDb(), { sessionId: claims.sid, userId: claims.uid, sessionVersion: claims.sv }) ? claims.uid : null;
  }
  return null;
}
