import type { RequestStatus } from "@/db/schema/mentorships";

// The request's life, as a table: which side may do what from which status.
// Everything that changes a request goes through `transition`, so a forged
// form can never take a path that is not written here.
//
//   pending ──ask──▶ needs_info ──answer──▶ pending
//   pending | needs_info ──accept──▶ accepted      (mentor)
//   pending | needs_info ──decline─▶ declined      (mentor)
//   pending | needs_info ──withdraw▶ withdrawn     (learner)
//   pending | needs_info ──expire──▶ expired       (the clock, 14 days)

export const REQUEST_LIFETIME_DAYS = 14;
export const REQUEST_LIFETIME_MS = REQUEST_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

export type RequestAction = "ask" | "answer" | "accept" | "decline" | "withdraw" | "expire";
export type Side = "learner" | "mentor" | "system";

type Rule = { from: readonly RequestStatus[]; by: Side; to: RequestStatus };

export const RULES: Record<RequestAction, Rule> = {
  ask: { from: ["pending"], by: "mentor", to: "needs_info" },
  answer: { from: ["needs_info"], by: "learner", to: "pending" },
  accept: { from: ["pending", "needs_info"], by: "mentor", to: "accepted" },
  decline: { from: ["pending", "needs_info"], by: "mentor", to: "declined" },
  withdraw: { from: ["pending", "needs_info"], by: "learner", to: "withdrawn" },
  expire: { from: ["pending", "needs_info"], by: "system", to: "expired" },
};

export type Transition = { ok: true; to: RequestStatus } | { ok: false; message: string };

const CLOSED_MESSAGE: Partial<Record<RequestStatus, string>> = {
  accepted: "This request was already accepted.",
  declined: "This request was already declined.",
  withdrawn: "This request was withdrawn.",
  expired: "This request expired.",
};

/**
 * Whether `side` may take `action` on a request in `status` (and, for "ask",
 * whether a question was already asked: one question per request keeps the
 * exchange short; the mentor decides after the answer).
 */
export function transition({ status, action, side, questionAsked = false }: { status: RequestStatus; action: RequestAction; side: Side; questionAsked?: boolean }): Transition {
  const rule = RULES[action];
  if (rule.by !== side) return { ok: false, message: side === "learner" ? "Only the mentor can do that." : side === "mentor" ? "Only the person who sent the request can do that." : "Not allowed." };
  if (!rule.from.includes(status)) {
    return { ok: false, message: CLOSED_MESSAGE[status] ?? (action === "answer" ? "There is no question to answer." : "The request is waiting for an answer from the learner.") };
  }
  if (action === "ask" && questionAsked) return { ok: false, message: "You have already asked a question on this request." };
  return { ok: true, to: rule.to };
}

export function isOpen(status: RequestStatus): boolean {
  return status === "pending" || status === "needs_info";
}
