import { z } from "zod";

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

export const searchParamsSchema = z.object({
  q: z.string().optional().default(""),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type ParsedQuery =
  | { kind: "empty" }
  | { kind: "too-long"; length: number }
  | { kind: "no-words" }
  | { kind: "terms"; terms: string[] };

/**
 * Turns what a person typed into search terms. FTS5 has its own query
 * language (quotes, *, NEAR, AND/OR/NOT, column filters); we never pass user
 * text to it as syntax: only words survive, each quoted as a literal.
 */
export function parseSearchQuery(raw: string): ParsedQuery {
  const q = raw.trim();
  if (q === "") return { kind: "empty" };
  if (q.length > MAX_QUERY_LENGTH) return { kind: "too-long", length: q.length };
  const words = q.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = [...new Set(words)].slice(0, MAX_TERMS);
  return terms.length ? { kind: "terms", terms } : { kind: "no-words" };
}

/** All terms must match; the last one as a prefix, so results come while typing a word. */
export function toMatchExpression(terms: string[], mode: "all" | "any"): string {
  const quoted = terms.map((t, i) => `"${t}"${mode === "all" && i === terms.length - 1 ? "*" : ""}`);
  return quoted.join(mode === "all" ? " " : " OR ");
}
