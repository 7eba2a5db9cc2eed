import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";

export type RelatedRef = { sourceKey: string; title: string };

export const articles = sqliteTable(
  "articles",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    // Identity of the imported source ("quicktakes:125688", "file:001_…"):
    // re-importing the same source updates this row instead of adding one.
    sourceKey: text().notNull().unique(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    summary: text().notNull(),
    bodyMarkdown: text().notNull(),
    // The body without Markdown syntax, for full-text search and snippets.
    bodyText: text().notNull(),
    author: text(),
    authorCredentials: text(),
    topic: text(),
    topicSlug: text(),
    keywords: text({ mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    publishedOn: text(), // ISO date (YYYY-MM-DD) as the source gives it
    readingMinutes: integer().notNull(),
    relatedRefs: text({ mode: "json" }).$type<RelatedRef[]>().notNull().default(sql`'[]'`),
    sourceFormat: text({ enum: ["front-matter-answer", "front-matter-markdown", "markdown", "plain-text", "written"] }).notNull(),
    // Guidance written here by a mentor; null for imported articles (their
    // author is the free-text \`author\`). Deleting the account keeps the article.
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    // Only "published" articles are shown anywhere but to their author.
    status: text({ enum: ["draft", "published", "unpublished"] }).notNull().default("published"),
    unpublishedReason: text(),
    // Hash of the normalized article: an unchanged re-import writes nothing.
    contentHash: text().notNull(),
    createdAt: integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
    updatedAt: integer({ mode: "timestamp" }).notNull().default(sql`(unixepoch())`),
  },
  (t) => [
    index("articles_topic_slug_idx").on(t.topicSlug),
    index("articles_published_on_idx").on(t.publishedOn),
    index("articles_author_id_idx").on(t.authorId),
    index("articles_status_idx").on(t.status),
  ],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
