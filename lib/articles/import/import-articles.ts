import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles } from "@/db/schema";
import type { ImportedArticle } from "./article-schema";
import { freeSlug } from "../free-slug";
import { ImportError } from "./errors";
import { parseArticleSource } from "./parse-article-source";

export type SourceFile = { file: string; content: Uint8Array };
export type ImportOutcome = { slug: string; title: string; status: "created" | "updated" | "unchanged" };

export class ImportFailed extends Error {
  constructor(readonly errors: ImportError[]) {
    super(errors.map((e) => e.message).join("\n"));
    this.name = "ImportFailed";
  }
}

function hashOf(article: ImportedArticle): string {
  return createHash("sha256").update(JSON.stringify(article)).digest("hex");
}

/**
 * Parses every file first and writes only if all of them are valid, in one
 * transaction: a bad file leaves the database exactly as it was.
 */
export function importArticles(db: Db, files: SourceFile[]): ImportOutcome[] {
  const parsed: ImportedArticle[] = [];
  const errors: ImportError[] = [];
  for (const { file, content } of files) {
    try {
      parsed.push(parseArticleSource(file, content));
    } catch (err) {
      if (err instanceof ImportError) errors.push(err);
      else throw err;
    }
  }
  const seen = new Map<string, string>();
  for (const [i, article] of parsed.entries()) {
    const other = seen.get(article.sourceKey);
    if (other) errors.push(new ImportError(files[i]!.file, `it is the same article as ${other}`));
    seen.set(article.sourceKey, files[i]!.file);
  }
  if (errors.length) throw new ImportFailed(errors);

  return db.transaction((tx) => parsed.map((article) => upsert(tx as unknown as Db, article)));
}

function upsert(db: Db, article: ImportedArticle): ImportOutcome {
  const contentHash = hashOf(article);
  const existing = db
    .select({ id: articles.id, slug: articles.slug, contentHash: articles.contentHash })
    .from(articles)
    .where(eq(articles.sourceKey, article.sourceKey))
    .get();
  if (existing?.contentHash === contentHash) return { slug: existing.slug, title: article.title, status: "unchanged" };

  const slug = freeSlug(db, article.slug, existing?.id);
  const values = { ...article, slug, contentHash };
  if (existing) {
    db.update(articles).set({ ...values, updatedAt: sql`(unixepoch())` }).where(eq(articles.id, existing.id)).run();
    return { slug, title: article.title, status: "updated" };
  }
  db.insert(articles).values(values).run();
  return { slug, title: article.title, status: "created" };
}

