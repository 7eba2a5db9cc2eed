import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/types";
import { ArticleMeta } from "./article-meta";

export function ArticleCard({ article, headingLevel = 2 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-b border-stone-200 py-6 last:border-b-0">
      <Heading className="font-serif text-xl font-semibold text-stone-900">
        <Link href={`/articles/${article.slug}`} className="hover:text-brand-700 hover:underline">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-2 text-stone-700">{article.summary}</p>
      <div className="mt-2">
        <ArticleMeta {...article} />
      </div>
    </article>
  );
}
