import Link from "next/link";
import { HighlightedText } from "@/components/articles/highlighted-text";
import { Pagination } from "@/components/ui/pagination";
import { MAX_QUERY_LENGTH, type ForumSearchOutcome } from "@/lib/forum/search";
import { ForumSearchForm } from "./forum-search-form";
import { PostTime } from "./post-time";

type Props = { query: string; outcome: ForumSearchOutcome; hrefFor: (page: number) => string };

// Titles and snippets arrive with control-character markers around matched
// words; HighlightedText turns them into <mark>, so no stored text is parsed as HTML.
export function ForumSearchResults({ query, outcome, hrefFor }: Props) {
  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/forum" className="text-brand-700 hover:underline">
          Forum
        </Link>
      </nav>
      <h1 className="mt-3 font-serif text-3xl font-semibold">Search the forum</h1>
      <div className="mt-4">
        <ForumSearchForm defaultValue={query.slice(0, MAX_QUERY_LENGTH)} />
      </div>
      <div className="mt-8">
        {outcome.kind === "empty" && <p className="text-stone-600">Type a few words to search thread titles and posts.</p>}
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
            <p className="font-medium">Nothing in the forum matches “{query}”.</p>
            <p className="mt-2 text-stone-600">
              Try fewer or more general words, or{" "}
              <Link href="/forum" className="text-brand-700 underline">
                browse the categories
              </Link>
              .
            </p>
          </div>
        )}
        {outcome.kind === "results" && outcome.total > 0 && (
          <>
            <p role="status" className="text-sm text-stone-600">
              {outcome.total} {outcome.total === 1 ? "thread matches" : "threads match"} {outcome.matched === "all" ? `“${query}”` : `some of the words in “${query}”`}.
            </p>
            <ol className="mt-4">
              {outcome.hits.map((hit) => (
                <li key={hit.threadId} className="border-b border-stone-200 py-5">
                  <h2 className="font-serif text-xl font-semibold break-words">
                    <Link href={hit.href} className="hover:text-brand-700 hover:underline">
                      <HighlightedText text={hit.titleHighlighted} />
                    </Link>
                  </h2>
                  {hit.post && (
                    <p className="mt-2 break-words text-stone-700">
                      <HighlightedText text={hit.post.snippet} />{" "}
                      <Link href={hit.post.href} className="text-sm whitespace-nowrap text-brand-700 underline">
                        Go to the post
                      </Link>
                    </p>
                  )}
                  <p className="mt-1 text-sm text-stone-500">
                    {hit.categoryName} · last activity <PostTime date={hit.lastPostAt} />
                    {hit.hidden && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">Hidden pending review</span>}
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
