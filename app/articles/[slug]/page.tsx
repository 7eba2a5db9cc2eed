import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleBody } from "@/components/articles/article-body";
import { ArticleMeta } from "@/components/articles/article-meta";
import { RelatedArticles } from "@/components/articles/related-articles";
import { getArticle, getRelatedArticles, listAllArticles } from "@/lib/articles/queries";
import { parseSlug } from "@/lib/articles/route-params";
import { renderMarkdown } from "@/lib/markdown/render";

type Props = { params: Promise<{ slug: string }> };

// Metadata and page share one read per render.
const loadArticle = cache(async (raw: string) => {
  const slug = parseSlug(raw);
  return slug ? getArticle({ slug }) : null;
});

export async function generateStaticParams() {
  return (await listAllArticles()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { title: "Article not found" };
  const url = `/articles/${article.slug}`;
  return {
    title: article.title,
    description: article.summary,
    keywords: article.keywords,
    authors: article.author ? [{ name: article.author }] : undefined,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description: article.summary,
      publishedTime: article.publishedOn ?? undefined,
      modifiedTime: article.updatedAt.toISOString(),
      authors: article.author ? [article.author] : undefined,
      section: article.topic ?? undefined,
      tags: article.keywords,
    },
    twitter: { card: "summary", title: article.title, description: article.summary },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  const related = await getRelatedArticles({ slug: article.slug });

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-6 text-sm">
        <Link href="/articles" className="text-brand-700 hover:underline">
          ← All articles
        </Link>
      </nav>
      <article aria-labelledby="article-title" className="mx-auto max-w-3xl">
        <header className="mb-8 border-b border-stone-200 pb-6">
          <h1 id="article-title" className="font-serif text-3xl font-semibold leading-tight text-stone-900 sm:text-4xl">{article.title}</h1>
          <div className="mt-4">
            <ArticleMeta {...article} />
          </div>
          {article.authorCredentials && <p className="mt-1 text-sm text-stone-500">{article.authorCredentials}</p>}
        </header>
        <ArticleBody html={renderMarkdown(article.bodyMarkdown)} />
        {article.keywords.length > 0 && (
          <footer className="mt-10">
            <h2 className="sr-only">Keywords</h2>
            <ul className="flex flex-wrap gap-2" aria-label="Keywords">
              {article.keywords.map((k) => (
                <li key={k} className="rounded-full bg-stone-200 px-3 py-1 text-xs text-stone-700">
                  {k}
                </li>
              ))}
            </ul>
          </footer>
        )}
      </article>
      <RelatedArticles articles={related} />
    </>
  );
}
