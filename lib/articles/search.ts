import "server-only";
import type { Database, Statement } from "better-sqlite3";
import { getDb } from "@/db/client";
import { parseSearchQuery, toMatchExpression, type ParsedQuery } from "./search-query";

export const RESULTS_PER_PAGE = 10;

export type SearchHit = {
  slug: string;
  title: string;
  topic: string | null;
  publishedOn: string | null;
  readingMinutes: number;
  snippet: string;
};

export type SearchOutcome =
  | Exclude<ParsedQuery, { kind: "terms" }>
  | { kind: "results"; terms: string[]; matched: "all" | "any"; hits: SearchHit[]; total: number; page: number; pageCount: number };

// bm25 weights per column: title, summary, keywords, body.
const RANKED = `
  SELECT a.slug, a.title, a.topic, a.published_on AS publishedOn, a.reading_minutes AS readingMinutes,
         snippet(articles_fts, -1, char(2), char(3), '…', 24) AS snippet
  FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
  WHERE articles_fts MATCH ? AND a.status = 'published'
  ORDER BY bm25(articles_fts, 10.0, 4.0, 6.0, 1.0), a.id
  LIMIT ? OFFSET ?`;
const COUNT = `SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? AND a.status = 'published'`;

const RELATED = `SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
  WHERE articles_fts MATCH ? AND a.status = 'published' ORDER BY bm25(articles_fts, 10.0, 4.0, 6.0, 1.0) LIMIT ?`;

// Statements are prepared once per connection: preparing showed up in the
// search profile, and the SQL never changes.
type Statements = {
  ranked: Statement<[string, number, number], SearchHit>;
  count: Statement<[string], { n: number }>;
  related: Statement<[string, number], { id: number }>;
};
const prepared = new WeakMap<Database, Statements>();

function statements(): Statements {
  const sqlite = getDb().$client;
  let s = prepared.get(sqlite);
  if (!s) {
    s = { ranked: sqlite.prepare(RANKED), count: sqlite.prepare(COUNT), related: sqlite.prepare(RELATED) };
    prepared.set(sqlite, s);
  }
  return s;
}

export async function searchArticles({ q, page = 1 }: { q: string; page?: number }): Promise<SearchOutcome> {
  const parsed = parseSearchQuery(q);
  if (parsed.kind !== "terms") return parsed;
  const { ranked, count } = statements();

  // Every word first; when nothing has them all, any of them, ranked.
  let matched: "all" | "any" = "all";
  let expression = toMatchExpression(parsed.terms, "all");
  let total = count.get(expression)?.n ?? 0;
  if (total === 0 && parsed.terms.length > 1) {
    matched = "any";
    expression = toMatchExpression(parsed.terms, "any");
    total = count.get(expression)?.n ?? 0;
  }
  const pageCount = Math.max(1, Math.ceil(total / RESULTS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const hits = ranked.all(expression, RESULTS_PER_PAGE, (current - 1) * RESULTS_PER_PAGE);
  return { kind: "results", terms: parsed.terms, matched, hits, total, page: current, pageCount };
}

const STOP_WORDS = new Set(
  "a an and are as at be by can do does for from has have how in is it its of on or that the their this to what when which who why will with you your".split(" "),
);

/** Ids of the articles closest to a text, best first: "more like this". */
export function relatedByText({ text, excludeIds, limit }: { text: string; excludeIds: number[]; limit: number }): number[] {
  const parsed = parseSearchQuery(text.slice(0, 190));
  if (parsed.kind !== "terms") return [];
  const terms = parsed.terms.filter((t) => !STOP_WORDS.has(t) && t.length > 2);
  if (!terms.length) return [];
  const rows = statements().related.all(toMatchExpression(terms, "any"), limit + excludeIds.length);
  return rows.map((r) => r.id).filter((id) => !excludeIds.includes(id)).slice(0, limit);
}
