import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, revokeSession } from "@/lib/accounts/sessions";
import { getEnv } from "@/lib/env";
import { addMember } from "@/lib/testing/members";
import { useTestDatabaseForApp } from "@/lib/testing/test-db";
import type { Db } from "@/db/client";
import { proxySessionUserId } from "./proxy-session";

const SALT = "authjs.session-token";
let db: Db;
beforeAll(() => {
  db = useTestDatabaseForApp();
});

const request = (cookie?: string) => new NextRequest("http://localhost/match", { headers: cookie ? { cookie } : {} });
const token = (claims: Record<string, unknown>, secret = getEnv().AUTH_SECRET, maxAge = 3600) => encode({ token: claims, secret, salt: SALT, maxAge });

describe("the proxy's session check", () => {
  it("knows a live session, and forgets it once revoked", async () => {
    const user = addMember(db, "pia");
    const sid = createSession(db, { userId: user.id });
    const cookie = `${SALT}=${await token({ uid: user.id, sid, sv: 0 })}`;
    expect(await proxySessionUserId(request(cookie))).toBe(user.id);
    revokeSession(db, { sessionId: sid });
    expect(await proxySessionUserId(request(cookie))).toBeNull();
  });

  it("refuses no cookie, a tampered or foreign token, an expired one and a stale session version", async () => {
    const user = addMember(db, "quin");
    const sid = createSession(db, { userId: user.id });
    expect(await proxySessionUserId(request())).toBeNull();
    const good = await token({ uid: user.id, sid, sv: 0 });
    expect(await proxySessionUserId(request(`${SALT}=${good.slice(0, -4)}AAAA`))).toBeNull();
    expect(await proxySessionUserId(request(`${SALT}=${await token({ uid: user.id, sid, sv: 0 }, "another-secret-of-sufficient-length-000")}`))).toBeNull();
    expect(await proxySessionUserId(request(`${SALT}=${await token({ uid: user.id, sid, sv: 0 }, undefined, -60)}`))).toBeNull();
    expect(await proxySessionUserId(request(`${SALT}=${await token({ uid: user.id, sid, sv: 1 })}`))).toBeNull();
    expect(await proxySessionUserId(request(`${SALT}=${await token({ uid: String(user.id), sid, sv: 0 })}`))).toBeNull();
  });
});
