import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authenticate } from "@/lib/accounts/authenticate";
import { signInSchema } from "@/lib/accounts/schemas";
import { createSession, isSessionLive, revokeSession } from "@/lib/accounts/sessions";
import { findOrCreateOAuthUser } from "@/lib/accounts/users";
import { getEnv } from "@/lib/env";
import { clientIp } from "./client-ip";
import { oauthProviders } from "./providers";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

class RateLimited extends CredentialsSignin {
  constructor(retryAfterMs: number) {
    super();
    // Minutes are safe to show: they say nothing about whether the account exists.
    this.code = `rate-limited:${Math.max(1, Math.ceil(retryAfterMs / 60_000))}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: getEnv().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  // A wrong password is an answer, not a server error: keep it out of the error log.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await authenticate(getDb(), { ...parsed.data, ip: clientIp(request.headers) });
        if (!result.ok) throw result.reason === "rate-limited" ? new RateLimited(result.retryAfterMs) : new InvalidCredentials();
        return { id: String(result.userId), sid: result.sessionId, sv: result.sessionVersion };
      },
    }),
    ...oauthProviders(getEnv()),
  ],
  callbacks: {
    // Runs on every auth() call: a revoked session, or one older than the
    // account's last "sign out everywhere" or password change, ends here.
    jwt({ token, user, account }) {
      if (user && account?.provider === "github") {
        const email = user.email?.trim().toLowerCase();
        const local = email ? findOrCreateOAuthUser(getDb(), { email, displayName: user.name ?? "" }) : null;
        if (!local) return null;
        return { ...token, uid: local.id, sid: createSession(getDb(), { userId: local.id }), sv: local.sessionVersion };
      }
      if (user) return { ...token, uid: Number(user.id), sid: user.sid, sv: user.sv };
      const { uid, sid, sv } = token;
      if (typeof uid !== "number" || typeof sid !== "string" || typeof sv !== "number") return null;
      return isSessionLive(getDb(), { sessionId: sid, userId: uid, sessionVersion: sv }) ? token : null;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      return session;
    },
  },
  events: {
    signOut(message) {
      if ("token" in message && typeof message.token?.sid === "string") revokeSession(getDb(), { sessionId: message.token.sid });
    },
  },
});
