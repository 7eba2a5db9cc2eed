// What the writers saw: every POST (a write attempt) and every failed page
// load, with wall-clock times so the report can tell what fell in the kill
// window from what did not.

/** The three kinds of write the soak checks, and the withdrawals that keep learners under the open-request limit. */
export type WriteKind = "forum" | "message" | "request";
export type AttemptKind = WriteKind | "withdraw";
export const WRITE_KINDS: readonly WriteKind[] = ["forum", "message", "request"];

/**
 * acknowledged: the app said the write is done (the rule per kind is in writers.ts);
 * refused: the app answered with a refusal (a limit), so nothing was written;
 * error: an HTTP answer that is neither (5xx, 4xx, signed out, no confirmation);
 * no-answer: no HTTP answer at all (refused or reset connection, timeout): in doubt.
 */
export type Outcome = "acknowledged" | "refused" | "error" | "no-answer";

export interface Attempt {
  kind: AttemptKind;
  writer: number;
  account: string;
  /** The unique text written (forum_posts.body, mentorship_messages.body, mentorship_requests.message); for a withdrawal, "request <id>". */
  marker: string;
  startedAt: number;
  endedAt: number;
  ms: number;
  outcome: Outcome;
  status?: number;
  /** The refusal's reason or the error's kind. */
  detail?: string;
  /** The row the app said it wrote (post id, request id), when its answer names it. */
  id?: number;
}

/** A page (GET) that did not load: the form could not even be shown. */
export interface PageError {
  kind: AttemptKind | "setup";
  path: string;
  startedAt: number;
  endedAt: number;
  errorKind: string;
  status?: number;
}

export class Recorder {
  readonly attempts: Attempt[] = [];
  readonly pageErrors: PageError[] = [];
  /** Pages that showed why no request could be sent (no form, so no POST): reason → count. */
  readonly blocked = new Map<string, number>();
  pageLoads = 0;

  attempt(a: Attempt): void {
    this.attempts.push(a);
  }

  pageError(e: PageError): void {
    this.pageErrors.push(e);
  }

  block(reason: string): void {
    this.blocked.set(reason, (this.blocked.get(reason) ?? 0) + 1);
  }
}

/** The kill window: from the SIGKILL to the restarted server answering /api/health. */
export interface KillWindow {
  killedAt: number;
  readyAt: number;
}

/** True when a request overlapped the outage: in flight at the kill, or sent before the new server was ready. */
export function inKillWindow(w: KillWindow | null, startedAt: number, endedAt: number): boolean {
  return w !== null && startedAt < w.readyAt && endedAt >= w.killedAt;
}

export function percentile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

/**
 * A refusal's message as a reason to count: the app's sentences name people
 * and times ("…with Camila Torres.", "…again at 15:30 UTC."), so known ones
 * are mapped to a fixed label and the rest lose their figures.
 */
export function refusalReason(message: string): string {
  const known: [RegExp, string][] = [
    [/posting too fast/i, "forum: at most 5 posts a minute"],
    [/^New accounts can post/i, "forum: new account, 10 replies a day"],
    [/^New accounts can put/i, "forum: new account, 2 links a post"],
    [/^Slow mode/i, "forum: slow mode"],
    [/^This thread is locked/i, "forum: thread locked"],
    [/already have an open request with/i, "request: an open request to this mentor already"],
    [/open requests\. Withdraw one/i, "request: 5 open requests already"],
    [/has no free places/i, "request: mentor has no free place"],
    [/not taking new mentees/i, "request: mentor not taking mentees"],
    [/already have an active mentorship/i, "request: already mentored by this mentor"],
    [/changed in the meantime/i, "withdraw: request changed in the meantime"],
    [/^This mentorship has ended/i, "message: mentorship ended"],
  ];
  for (const [pattern, label] of known) if (pattern.test(message)) return label;
  return message.replace(/\d+/g, "N").slice(0, 120);
}
