import Link from "next/link";
import { ArticleCard } from "@/components/articles/article-card";
import { listArticles } from "@/lib/articles/queries";
import { SITE_TAGLINE } from "@/lib/site";

export default async function HomePage() {
  const latest = await listArticles({ page: 1 });
  return (
    <>
      <section className="max-w-2xl">
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-brand-900 sm:text-5xl">{SITE_TAGLINE}</h1>
        <p className="mt-4 text-lg text-stone-700">
          Tandem is a mentorship and peer-support community. Learn from guides on mentorship, support networks and
          learning communities, find a mentor who fits you, and ask and answer questions in the forum.
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link href="/articles" className="rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-900">
            Read the articles
          </Link>
          <Link href="/mentors" className="rounded-md border border-stone-300 px-5 py-2.5 font-medium text-stone-800 hover:border-brand-600">
            Find a mentor
          </Link>
          <Link href="/forum" className="rounded-md border border-stone-300 px-5 py-2.5 font-medium text-stone-800 hover:border-brand-600">
            Visit the forum
          </Link>
          <Link href="/search" className="rounded-md border border-stone-300 px-5 py-2.5 font-medium text-stone-800 hover:border-brand-600">
            Search
          </Link>
        </p>
      </section>
      <section aria-labelledby="latest" className="mt-14">
        <h2 id="latest" className="text-sm font-semibold uppercase tracking-wide text-stone-600">
          Latest articles
        </h2>
        {latest && latest.items.length > 0 ? (
          <div>
            {latest.items.slice(0, 3).map((a) => (
              <ArticleCard key={a.slug} article={a} headingLevel={3} />
            ))}
          </div>
        ) : (
          <p className="mt-4 text-stone-600">No articles yet.</p>
        )}
      </section>
    </>
  );
}
