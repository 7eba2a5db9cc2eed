import { refreshToken } from "./token";

export type NotifyResult = "refreshed" | "not-running" | { error: string };

/**
 * Asks a running app to drop its cached pages, because content changed in the
 * database from outside it (the import command). Pages are prerendered, so
 * without this they would keep showing what they showed at build time.
 */
export async function notifyContentChanged(baseUrl: string): Promise<NotifyResult> {
  try {
    const res = await fetch(new URL("/api/revalidate", baseUrl), {
      method: "POST",
      headers: { authorization: `Bearer ${refreshToken()}` },
      signal: AbortSignal.timeout(5000),
    });
    return res.ok ? "refreshed" : { error: `the app answered ${res.status}` };
  } catch {
    return "not-running";
  }
}
