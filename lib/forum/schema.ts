import { z } from "zod";

// What members type in the forum, checked the same way by the server actions
// (field messages) and by lib/forum (which never trusts its caller). Pure: no
// database, safe to import anywhere. Bodies are Markdown, stored as typed and
// rendered through lib/markdown/render (raw HTML dropped, output sanitized);
// titles are plain text that React escapes.

export const FORUM_LIMITS = {
  title: { min: 5, max: 150 },
  body: { min: 1, max: 20_000 },
  threadsPerPage: 20,
  postsPerPage: 20,
  searchResultsPerPage: 10,
  /** How much of a post a quote carries into the reply box. */
  quoteChars: 1500,
} as const;

const n = (v: number) => v.toLocaleString("en-GB");

// Newlines as browsers send them (CRLF, or a lone CR) become "\n"; NUL and the
// other C0 controls but tab and newline have no business in a post.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const normalizeBody = (s: string) => s.replace(/\r\n?/g, "\n").replace(CONTROL, "").trim();
// A title is one line: every run of whitespace (newlines too) is one space.
const normalizeTitle = (s: string) => s.replace(/[\u0000-\u001F\u007F]/g, " ").replace(/\s+/g, " ").trim();

export const titleField = z
  .string({ error: "Write a title." })
  .transform(normalizeTitle)
  .pipe(
    z
      .string()
      .min(1, { error: "Write a title.", abort: true })
      .min(FORUM_LIMITS.title.min, `Use at least ${FORUM_LIMITS.title.min} characters for the title.`)
      .max(FORUM_LIMITS.title.max, `Use at most ${FORUM_LIMITS.title.max} characters for the title.`),
  );

export const bodyField = z
  .string({ error: "Write a message." })
  .transform(normalizeBody)
  .pipe(
    z
      .string()
      .min(FORUM_LIMITS.body.min, "Write a message.")
      .max(FORUM_LIMITS.body.max, `Use at most ${n(FORUM_LIMITS.body.max)} characters: a post can hold ${n(FORUM_LIMITS.body.max)}.`),
  );

export const newThreadSchema = z.object({ title: titleField, body: bodyField });
export type NewThreadInput = z.infer<typeof newThreadSchema>;

export const replySchema = z.object({ body: bodyField });
export type ReplyInput = z.infer<typeof replySchema>;

/** An edit: the body, and the title when the opening post is edited. */
export const editSchema = z.object({ body: bodyField, title: titleField.optional() });
export type EditInput = z.infer<typeof editSchema>;

/** A row id from a URL segment or a form field: digits only, no sign, no leading zero, a safe integer. */
export { parseRowId as parseId, isRowId } from "@/lib/ids";

/** ?page=N: a page number from 1 to 10,000; anything else is the first page. */
export function parsePage(raw: unknown): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === "string" && /^[1-9]\d{0,3}$/.test(value) ? Number(value) : 1;
}

/** A category slug from the URL, or null. */
export function parseCategorySlug(raw: string): string | null {
  return /^[a-z0-9]+(?:-[a-z0-9]+){0,10}$/.test(raw) && raw.length <= 100 ? raw : null;
}

/** A zod error's messages by field, as forms show them. */
export function fieldErrorsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of error.issues) (out[String(i.path[0] ?? "form")] ??= []).push(i.message);
  return out;
}
