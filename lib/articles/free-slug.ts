import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles } from "@/db/schema";

/** `wanted`, or "-2", "-3"… when another article holds it; `ownId` is the article being renamed. */
export function freeSlug(db: Db, wanted: string, ownId?: number): string {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const clash = db
      .select({ id: articles.id })
      .from(articles)
      .where(ownId === undefined ? eq(articles.slug, slug) : and(eq(articles.slug, slug), ne(articles.id, ownId)))
      .get();
    if (!clash) return slug;
  }
}
