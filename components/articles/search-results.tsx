import Link from "next/link";
import type { SearchOutcome } from "@/lib/articles/search";
import { MAX_QUERY_LENGTH } from "@/lib/articles/search-query";
import { formatIsoDate } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { HighlightedText } from "./highlighted-text";
import { SearchForm } from "./search-form";

type Props = { query: string; outcome: SearchOutcome; hrefFor: (page: number) => string };

export function SearchResults({ query, outcome, hrefFor }: Props) {
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Search articles</h1>
      <div className="mt-4">
        <SearchForm defaultValue={query.slice(0, MAX_QUERY_LENGTH)} />
      </div>
      <div className="mt-8">
        {outcome.kind === "empty" && <p className="text-stone-600">Type a few words to search titles, summaries, keywords and text.</p>}
        {outcome.kind === "too-long" && (
          <p role="status" className="text-red-800">
            Your search is {outcome.length.toLocaleString("en")} characters long; use at most {MAX_QUERY_LENGTH}.
          </p>
        )}
        {outcome.kind === "no-words" && (
          <p role="status" className="text-red-800">
            Your search has no words to look for. Use letters or numbers.
          </p>
        )}
        {outcome.kind === "results" && outcome.total === 0 && (
          <div role="status">
            <p className="font-medium">No articles match “{query}”.</p>
            <p className="mt-2 text-stone-600">
              Try fewer or more general words, check the spelling, or{" "}
              <Link href="/articles" className="text-brand-700 underline">
                browse all articles
              </Link>
              .
            </p>
          </div>
        )}
        {outcome.kind === "results" && outcome.total > 0 && (
          <>
            <p role="status" className="text-sm text-stone-600">
              {outcome.total} {outcome.total === 1 ? "article matches" : "articles match"}{" "}
              {outcome.matched === "all" ? `“${query}”` : `some of the words in “${query}”`}.
            </p>
            <ol className="mt-4">
              {outcome.hits.map((hit) => (
                <li key={hit.slug} className="border-b border-stone-200 py-5">
                  <h2 className="font-serif text-xl font-semibold">
                    <Link href={`/articles/${hit.slug}`} className="hover:text-brand-700 hover:underline">
                      {hit.title}
                    </Link>
                  </h2>
                  <p className="mt-2 text-stone-700">
                    <HighlightedText text={hit.snippet} />
                  </p>
                  <p className="mt-1 text-sm text-stone-500">
                    {[hit.topic, hit.publishedOn && formatIsoDate(hit.publishedOn), `${hit.readingMinutes} min read`].filter(Boolean).join(" · ")}
                  </p>
                </li>
              ))}
            </ol>
            <Pagination page={outcome.page} pageCount={outcome.pageCount} label="Result pages" hrefFor={hrefFor} />
          </>
        )}
      </div>
    </div>
  );
}
