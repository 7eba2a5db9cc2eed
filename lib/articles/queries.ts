import "server-only";
import { and, asc, count, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, users } from "@/db/schema";
import type { ArticleDetail, ArticleSummary, Page, Topic } from "./types";
import { relatedByText } from "./search";

export const ARTICLES_PER_PAGE = 10;

const summaryColumns = {
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  author: articles.author,
  topic: articles.topic,
  topicSlug: articles.topicSlug,
  publishedOn: articles.publishedOn,
  readingMinutes: articles.readingMinutes,
};

// Drafts and unpublished articles are their author's business only.
const isPublished = eq(articles.status, "published");

// Newest first; undated articles after dated ones, by title.
const newestFirst = [sql`${articles.publishedOn} IS NULL`, desc(articles.publishedOn), asc(articles.title)];

export async function countArticles(): Promise<number> {
  return getDb().select({ n: count() }).from(articles).where(isPublished).get()?.n ?? 0;
}

/** One page of articles, optionally of one topic; null when the page is past the end. */
export async function listArticles({ topicSlug, page = 1 }: { topicSlug?: string; page?: number }): Promise<Page<ArticleSummary> | null> {
  const db = getDb();
  const where = topicSlug ? and(isPublished, eq(articles.topicSlug, topicSlug)) : isPublished;
  const total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  const items = db
    .select(summaryColumns)
    .from(articles)
    .where(where)
    .orderBy(...newestFirst)
    .limit(ARTICLES_PER_PAGE)
    .offset((page - 1) * ARTICLES_PER_PAGE)
    .all();
  return { items, page, pageCount, total };
}

export async function listTopics(): Promise<Topic[]> {
  return getDb()
    .select({ topic: sql<string>`min(${articles.topic})`, topicSlug: sql<string>`${articles.topicSlug}`, count: count() })
    .from(articles)
    .where(and(isPublished, sql`${articles.topicSlug} IS NOT NULL`))
    .groupBy(articles.topicSlug)
    .orderBy(asc(articles.topicSlug))
    .all();
}

export async function getArticle({ slug }: { slug: string }): Promise<ArticleDetail | null> {
  const row = getDb()
    .select({
      ...summaryColumns,
      id: articles.id,
      bodyMarkdown: articles.bodyMarkdown,
      authorCredentials: articles.authorCredentials,
      keywords: articles.keywords,
      updatedAt: articles.updatedAt,
      authorHandle: users.handle,
      authorName: users.displayName,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.authorId))
    .where(and(isPublished, eq(articles.slug, slug)))
    .get();
  return row ?? null;
}

/**
 * Related articles that exist here: first the source's own references that
 * were imported too, then the closest articles by text. References to
 * articles we do not have are never shown, so no link points nowhere.
 */
export async function getRelatedArticles({ slug, limit = 3 }: { slug: string; limit?: number }): Promise<ArticleSummary[]> {
  const db = getDb();
  const article = db
    .select({ id: articles.id, title: articles.title, keywords: articles.keywords, relatedRefs: articles.relatedRefs })
    .from(articles)
    .where(and(isPublished, eq(articles.slug, slug)))
    .get();
  if (!article) return [];
  const keys = article.relatedRefs.map((r) => r.sourceKey);
  const referenced = keys.length
    ? db.select({ ...summaryColumns, sourceKey: articles.sourceKey }).from(articles).where(and(isPublished, inArray(articles.sourceKey, keys), ne(articles.id, article.id))).all()
    : [];
  referenced.sort((a, b) => keys.indexOf(a.sourceKey) - keys.indexOf(b.sourceKey));
  const picked: ArticleSummary[] = referenced.map(({ sourceKey: _, ...summary }) => summary).slice(0, limit);

  if (picked.length < limit) {
    const exclude = [article.id];
    const similarIds = relatedByText({ text: `${article.title} ${article.keywords.join(" ")}`, excludeIds: exclude, limit: limit + picked.length });
    const similar = similarIds.length ? db.select({ ...summaryColumns, id: articles.id }).from(articles).where(and(isPublished, inArray(articles.id, similarIds))).all() : [];
    for (const id of similarIds) {
      const s = similar.find((x) => x.id === id);
      if (s && picked.length < limit && !picked.some((p) => p.slug === s.slug)) {
        const { id: _, ...summary } = s;
        picked.push(summary);
      }
    }
  }
  return picked;
}

export async function listAllArticles(): Promise<(ArticleSummary & { updatedAt: Date })[]> {
  return getDb().select({ ...summaryColumns, updatedAt: articles.updatedAt }).from(articles).where(isPublished).orderBy(...newestFirst).all();
}

/** Everything an article index page shows; null when the topic or page does not exist. */
export async function getArticleIndex({ topicSlug, page = 1 }: { topicSlug?: string; page?: number }) {
  const [list, topics] = await Promise.all([listArticles({ topicSlug, page }), listTopics()]);
  const topic = topicSlug ? topics.find((t) => t.topicSlug === topicSlug) : undefined;
  if (!list || (topicSlug && !topic)) return null;
  return { list, topics, topic };
}

/** Page numbers after the first, for prerendering every index page. */
export async function listIndexPages(): Promise<{ topicSlug?: string; page: number }[]> {
  const [all, topics] = await Promise.all([countArticles(), listTopics()]);
  const pagesOf = (n: number) => Array.from({ length: Math.max(0, Math.ceil(n / ARTICLES_PER_PAGE) - 1) }, (_, i) => i + 2);
  return [
    ...pagesOf(all).map((page) => ({ page })),
    ...topics.flatMap((t) => pagesOf(t.count).map((page) => ({ topicSlug: t.topicSlug, page }))),
  ];
}
