import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/types";

// Titles only: the reader has just finished an article and picks the next by
// its title; summaries here doubled the page's weight for little.
export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mx-auto mt-14 max-w-3xl border-t border-stone-200 pt-8">
      <h2 id="related" className="font-serif text-2xl font-semibold">
        Related articles
      </h2>
      <ul className="mt-4 space-y-3">
        {articles.map((a) => (
          <li key={a.slug}>
            <Link href={`/articles/${a.slug}`} className="font-medium text-brand-700 hover:underline">
              {a.title}
            </Link>
            <span className="text-sm text-stone-500">
              {" "}
              · {a.topic ? `${a.topic} · ` : ""}
              {a.readingMinutes} min read
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
