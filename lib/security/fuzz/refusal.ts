import type { Outcome } from "@/lib/testing/action-harness";

// What counts as "refused", and the one table a refusal may still write to.

/**
 * A refusal: an error state, a 4xx (notFound, forbidden), the redirect to
 * sign-in that requireUser makes, or a plain form's redirect back with the
 * error in the URL (the admin and moderation queue forms). Redirects to
 * /sign-in with another parameter (?passwordChanged=1, ?signedOut=…) are
 * successes.
 */
export function isRefusal(outcome: Outcome): boolean {
  if (outcome.kind === "http") return outcome.status >= 400 && outcome.status < 500;
  if (outcome.kind === "redirect") {
    const url = new URL(outcome.to, "http://localhost");
    if (url.pathname === "/sign-in" && url.searchParams.has("callbackUrl")) return true;
    return [...url.searchParams.keys()].some((key) => /error/i.test(key));
  }
  const state = outcome.state as { status?: unknown } | null | undefined;
  return state?.status === "error";
}

/**
 * Tables that record attempts, refused ones included, and the actions that
 * may write them while refusing. Failed sign-ins and wrong "current
 * password" guesses must be counted or the limits could be dodged by
 * failing; sign-ups are counted per address before the email is checked, so
 * a refused "email taken" still counts.
 */
export const ATTEMPT_TABLES: Record<string, { reason: string; actions: readonly string[] }> = {
  rate_limit_events: {
    reason: "failed sign-ins, wrong current passwords and sign-up attempts are counted per account and IP even when refused (lib/accounts/rate-limit.ts)",
    actions: ["signInAction", "signUpAction", "changePasswordAction", "deleteAccountAction"],
  },
};

/** The snapshot without the attempt tables this action may write when it refuses. */
export function withoutAttempts(snapshot: string, actionName: string): string {
  const skipped = Object.entries(ATTEMPT_TABLES)
    .filter(([, t]) => t.actions.includes(actionName))
    .map(([table]) => `${table}\t`);
  if (skipped.length === 0) return snapshot;
  return snapshot
    .split("\n")
    .filter((line) => !skipped.some((prefix) => line.startsWith(prefix)))
    .join("\n");
}
