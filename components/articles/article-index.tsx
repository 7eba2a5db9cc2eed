import type { ArticleSummary, Page, Topic } from "@/lib/articles/types";
import { Pagination } from "@/components/ui/pagination";
import { ArticleCard } from "./article-card";
import { TopicFilter } from "./topic-filter";

type Props = { list: Page<ArticleSummary>; topics: Topic[]; topic?: Topic };

export function ArticleIndex({ list, topics, topic }: Props) {
  const base = topic ? `/articles/topic/${topic.topicSlug}` : "/articles";
  return (
    <>
      <header className="mb-6">
        <h1 className="font-serif text-3xl font-semibold text-stone-900">{topic ? `Articles on ${topic.topic}` : "Articles"}</h1>
        <p className="mt-2 text-stone-600">
          {list.total} {list.total === 1 ? "article" : "articles"} on mentorship, support networks and learning communities.
        </p>
      </header>
      {topics.length > 0 && <TopicFilter topics={topics} current={topic?.topicSlug} />}
      {list.items.length === 0 ? (
        <p className="mt-10 text-stone-600">No articles have been published yet.</p>
      ) : (
        <div className="mt-4">
          {list.items.map((a) => (
            <ArticleCard key={a.slug} article={a} />
          ))}
        </div>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => (p === 1 ? base : `${base}/page/${p}`)} />
    </>
  );
}
