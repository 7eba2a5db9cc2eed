import GitHub from "next-auth/providers/github";
import type { Env } from "@/lib/env";

/** Optional providers, present only when configured: absent, there is no button and no route. */
export function oauthProviders(env: Pick<Env, "AUTH_GITHUB_ID" | "AUTH_GITHUB_SECRET">) {
  return env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET ? [GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET })] : [];
}
