import { FORUM_LIMITS } from "@/lib/forum/schema";
import { MODERATION_LIMITS } from "@/lib/moderation/labels";
import { REQUEST_LIMITS } from "@/lib/mentorships/request-schema";
import { SPACE_LIMITS } from "@/lib/mentorships/space-schema";
import { LIMITS as PROFILE_LIMITS } from "@/lib/profiles/schema";
import { XSS_PAYLOADS, type XssPayload } from "./xss-payloads";

// Every free-text field a member can fill, with the size its schema allows,
// and the corpus packed into as few values as fit each one. The spec sends
// the first value(s) of each field through the real form; e2e/support/
// xss-store.ts stores the rest through the same lib/ functions.
//
// Shapes: "text" is a textarea (payloads a blank line apart, so Markdown keeps
// each its own block, then a sentinel word that proves the value was shown);
// "line" is one line (newlines become spaces, as an <input> would send them);
// "lines" is one payload a line (goal lists), at most `lines` of them.

type Shape = { shape: "text"; max: number } | { shape: "line"; max: number } | { shape: "lines"; max: number; lines: number };
type FieldSpec = Shape & { accepts?: (text: string) => boolean };

// Names refuse angle brackets and control characters (lib/accounts/schemas.ts).
const nameSafe = (text: string) => !/[<>\u0000-\u001f]/.test(text);

export const XSS_FIELDS = {
  displayName: { shape: "line", max: 60, accepts: nameSafe },
  // Names from GitHub sign-in (findOrCreateOAuthUser) are not checked against
  // the sign-up rule: any 60 characters, markup included. Every such name is
  // one more account (and profile page) to visit, so this one takes a sample:
  // the payloads that break out of where a name lands (text, <title>, attributes).
  oauthName: { shape: "line", max: 60, accepts: (text: string) => /^(["']>|<\/)|^<script>alert|^<img src=x onerror/.test(text) },
  headline: { shape: "line", max: PROFILE_LIMITS.headline },
  bio: { shape: "text", max: PROFILE_LIMITS.bio },
  profileGoals: { shape: "lines", max: PROFILE_LIMITS.goal.max, lines: PROFILE_LIMITS.goals },
  requestMessage: { shape: "text", max: REQUEST_LIMITS.message.max },
  requestGoals: { shape: "lines", max: PROFILE_LIMITS.goal.max, lines: REQUEST_LIMITS.goals.max },
  requestQuestion: { shape: "text", max: REQUEST_LIMITS.question.max },
  requestAnswer: { shape: "text", max: REQUEST_LIMITS.answer.max },
  declineNote: { shape: "text", max: REQUEST_LIMITS.declineNote },
  mentorshipGoal: { shape: "line", max: SPACE_LIMITS.goal.max },
  message: { shape: "text", max: SPACE_LIMITS.message.max },
  sessionNotes: { shape: "text", max: SPACE_LIMITS.sessionText },
  sessionNextSteps: { shape: "text", max: SPACE_LIMITS.sessionText },
  endReason: { shape: "text", max: SPACE_LIMITS.endReason },
  feedbackComment: { shape: "text", max: SPACE_LIMITS.feedbackComment },
  reportReason: { shape: "text", max: SPACE_LIMITS.report.max },
  threadTitle: { shape: "line", max: FORUM_LIMITS.title.max },
  threadBody: { shape: "text", max: FORUM_LIMITS.body.max },
  replyBody: { shape: "text", max: FORUM_LIMITS.body.max },
  editBody: { shape: "text", max: FORUM_LIMITS.body.max },
  flagNote: { shape: "text", max: MODERATION_LIMITS.flagNote },
  postToolReason: { shape: "line", max: MODERATION_LIMITS.reason },
  threadToolReason: { shape: "line", max: MODERATION_LIMITS.reason },
  renameTitle: { shape: "line", max: MODERATION_LIMITS.title.max },
  queueReason: { shape: "line", max: MODERATION_LIMITS.reason },
  staffNote: { shape: "text", max: MODERATION_LIMITS.staffNote.max },
  suspensionReason: { shape: "text", max: MODERATION_LIMITS.suspensionReason.max },
  liftReason: { shape: "line", max: MODERATION_LIMITS.reason },
  appeal: { shape: "text", max: MODERATION_LIMITS.appeal.max },
  articleTitle: { shape: "line", max: 200 },
  articleSummary: { shape: "text", max: 300 },
  articleBody: { shape: "text", max: 50_000 },
  unpublishReason: { shape: "line", max: 500 },
} as const satisfies Record<string, FieldSpec>;

export type XssField = keyof typeof XSS_FIELDS;

/** How many values of a field the spec sends through the browser; xss-store.ts stores the others. */
export const FORM_VALUES: Partial<Record<XssField, number>> = { displayName: 1, oauthName: 0, headline: 2, bio: 2, profileGoals: 2, requestMessage: 2, requestGoals: 2, threadTitle: 2, articleTitle: 2, articleSummary: 2, feedbackComment: 2, suspensionReason: 2 };
export const formValueCount = (field: XssField) => FORM_VALUES[field] ?? 1;

/** The word every "text" value ends with, so a search can find them and a page can show it rendered them. */
export const SENTINEL = "xsscorpus";
const sentinel = (field: XssField, index: number) => `${SENTINEL} ${field} ${index + 1}`;
// Room kept for "\n\n" and the sentinel.
const SENTINEL_ROOM = 40;

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ");

/** The payloads a field can hold at all: short enough, and allowed by its schema. */
export function payloadsFor(field: XssField): XssPayload[] {
  const spec: FieldSpec = XSS_FIELDS[field];
  const room = spec.shape === "text" ? spec.max - SENTINEL_ROOM : spec.max;
  return XSS_PAYLOADS.filter((p) => {
    const text = spec.shape === "text" ? p.text : oneLine(p.text);
    return text.trim().length <= room && text.trim().length >= 5 && (spec.accepts?.(text) ?? true);
  });
}

/** Greedy packing, in corpus order: each group's joined length fits `room`. */
function pack(texts: string[], room: number, separator: string, most = Infinity): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const text of texts) {
    const added = (current.length ? separator.length : 0) + text.length;
    if (current.length && (length + added > room || current.length >= most)) {
      groups.push(current);
      current = [];
      length = 0;
    }
    length += current.length ? separator.length + text.length : text.length;
    current.push(text);
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Every value of a field that together carry all of its payloads. */
export function valuesFor(field: XssField): string[] {
  const spec: FieldSpec = XSS_FIELDS[field];
  const payloads = payloadsFor(field);
  if (spec.shape === "text") {
    return pack(payloads.map((p) => p.text), spec.max - SENTINEL_ROOM, "\n\n").map((group, i) => `${group.join("\n\n")}\n\n${sentinel(field, i)}`);
  }
  const texts = payloads.map((p) => oneLine(p.text).trim());
  if (spec.shape === "line") return pack(texts, spec.max, " ").map((group) => group.join(" "));
  return pack(texts, Infinity, "\n", spec.lines).map((group) => group.join("\n"));
}

/** The corpus packed into one-line values of at most `max` characters: for query parameters that a page echoes. */
export function lineValues(max: number): string[] {
  const texts = XSS_PAYLOADS.map((p) => oneLine(p.text).trim()).filter((text) => text.length <= max);
  return pack(texts, max, " ").map((group) => group.join(" "));
}

/** The values the spec sends through forms, and the ones left for xss-store.ts. */
export const formValues = (field: XssField) => valuesFor(field).slice(0, formValueCount(field));
export const storedValues = (field: XssField) => valuesFor(field).slice(formValueCount(field));
