import "server-only";
import type { Database, Statement } from "better-sqlite3";
import type { Db } from "@/db/client";
import { MAX_QUERY_LENGTH, parseSearchQuery, toMatchExpression, type ParsedQuery } from "@/lib/articles/search-query";
import { FORUM_LIMITS } from "./schema";
import { pageOfPost } from "./threads";
import { isStaff, type Viewer } from "./visibility";

// Forum search: FTS5 (porter stemmer) over thread titles and post bodies,
// one result per thread, ranked by bm25 (a title match weighs three times a
// post match), with the best-matching post's snippet. What a person types is
// never FTS syntax: lib/articles/search-query keeps only words, each quoted.
// Only what everyone can see is found; staff also find hidden posts and
// threads (marked), never deleted ones.

export { MAX_QUERY_LENGTH };

export type ForumSearchHit = {
  threadId: number;
  title: string;
  /** The title with control-character markers around matched words (HighlightedText turns them into <mark>). */
  titleHighlighted: string;
  categoryName: string;
  categorySlug: string;
  lastPostAt: Date;
  /** The best-matching post, when a post matched: its snippet (with markers) and where it is. */
  post: { id: number; snippet: string; href: string } | null;
  href: string;
  /** For staff: the thread or the post is hidden pending review. */
  hidden: boolean;
};

export type ForumSearchOutcome =
  | Exclude<ParsedQuery, { kind: "terms" }>
  | { kind: "results"; terms: string[]; matched: "all" | "any"; hits: ForumSearchHit[]; total: number; page: number; pageCount: number };

// :staff is 1 for moderators and admins: hidden rows count for them.
const MATCHES = `
  WITH th AS MATERIALIZED (
    SELECT forum_threads_fts.rowid AS thread_id, bm25(forum_threads_fts) AS score
    FROM forum_threads_fts WHERE forum_threads_fts MATCH :q
  ),
  ps AS MATERIALIZED (
    SELECT p.thread_id, p.id AS post_id, bm25(forum_posts_fts) AS score, p.hidden_at IS NOT NULL AS hidden
    FROM forum_posts_fts JOIN forum_posts p ON p.id = forum_posts_fts.rowid
    WHERE forum_posts_fts MATCH :q AND p.deleted_at IS NULL AND (p.hidden_at IS NULL OR :staff)
  ),
  bp AS (SELECT thread_id, post_id, min(score) AS score, hidden FROM ps GROUP BY thread_id),
  ids AS (SELECT thread_id FROM th UNION SELECT thread_id FROM bp)
  SELECT t.id AS threadId, t.title, t.last_post_at AS lastPostAt, c.name AS categoryName, c.slug AS categorySlug,
         bp.post_id AS postId, (t.hidden_at IS NOT NULL OR coalesce(bp.hidden, 0)) AS hidden,
         coalesce(th.score, 0) * 3.0 + coalesce(bp.score, 0) AS score
  FROM ids
  JOIN forum_threads t ON t.id = ids.thread_id
  JOIN forum_categories c ON c.id = t.category_id
  LEFT JOIN th ON th.thread_id = t.id
  LEFT JOIN bp ON bp.thread_id = t.id
  WHERE t.deleted_at IS NULL AND (t.hidden_at IS NULL OR :staff)`;

const RANKED = `${MATCHES} ORDER BY score, t.last_post_at DESC, t.id DESC LIMIT :limit OFFSET :offset`;
const COUNT = `SELECT count(*) AS n FROM (${MATCHES})`;
const TITLE = `SELECT highlight(forum_threads_fts, 0, char(2), char(3)) AS text FROM forum_threads_fts WHERE forum_threads_fts MATCH :q AND rowid = :id`;
const SNIPPET = `SELECT snippet(forum_posts_fts, 0, char(2), char(3), '…', 24) AS text FROM forum_posts_fts WHERE forum_posts_fts MATCH :q AND rowid = :id`;

type Row = { threadId: number; title: string; lastPostAt: number; categoryName: string; categorySlug: string; postId: number | null; hidden: number; score: number };
type Params = { q: string; staff: number };
type Statements = {
  ranked: Statement<[Params & { limit: number; offset: number }], Row>;
  count: Statement<[Params], { n: number }>;
  title: Statement<[{ q: string; id: number }], { text: string }>;
  snippet: Statement<[{ q: string; id: number }], { text: string }>;
};

// Prepared once per connection: the SQL never changes.
const prepared = new WeakMap<Database, Statements>();
function statements(db: Db): Statements {
  const sqlite = db.$client;
  let s = prepared.get(sqlite);
  if (!s) {
    s = { ranked: sqlite.prepare(RANKED), count: sqlite.prepare(COUNT), title: sqlite.prepare(TITLE), snippet: sqlite.prepare(SNIPPET) };
    prepared.set(sqlite, s);
  }
  return s;
}

export function searchForum(
  db: Db,
  { viewer, q, page = 1, perPage = FORUM_LIMITS.searchResultsPerPage }: { viewer: Viewer; q: string; page?: number; perPage?: number },
): ForumSearchOutcome {
  const parsed = parseSearchQuery(typeof q === "string" ? q : "");
  if (parsed.kind !== "terms") return parsed;
  const s = statements(db);
  const staff = isStaff(viewer) ? 1 : 0;

  // Every word first (the last as a prefix); when nothing has them all, any of them.
  let matched: "all" | "any" = "all";
  let expression = toMatchExpression(parsed.terms, "all");
  let total = s.count.get({ q: expression, staff })?.n ?? 0;
  if (total === 0 && parsed.terms.length > 1) {
    matched = "any";
    expression = toMatchExpression(parsed.terms, "any");
    total = s.count.get({ q: expression, staff })?.n ?? 0;
  }
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = total === 0 ? [] : s.ranked.all({ q: expression, staff, limit: perPage, offset: (current - 1) * perPage });

  const hits = rows.map((r): ForumSearchHit => {
    const href = `/forum/t/${r.threadId}`;
    let post: ForumSearchHit["post"] = null;
    if (r.postId !== null) {
      const p = pageOfPost(db, { threadId: r.threadId, postId: r.postId });
      post = { id: r.postId, snippet: s.snippet.get({ q: expression, id: r.postId })?.text ?? "", href: `${href}${p > 1 ? `?page=${p}` : ""}#post-${r.postId}` };
    }
    return {
      threadId: r.threadId,
      title: r.title,
      titleHighlighted: s.title.get({ q: expression, id: r.threadId })?.text ?? r.title,
      categoryName: r.categoryName,
      categorySlug: r.categorySlug,
      lastPostAt: new Date(r.lastPostAt * 1000),
      post,
      href,
      hidden: r.hidden === 1,
    };
  });
  return { kind: "results", terms: parsed.terms, matched, hits, total, page: current, pageCount };
}
