import type { Metadata } from "next";
import { SearchResults } from "@/components/articles/search-results";
import { searchArticles } from "@/lib/articles/search";
import { publicSearchHref } from "@/lib/articles/search-path";
import { searchParamsSchema } from "@/lib/articles/search-query";

// Queries with words are rewritten by proxy.ts to the cached
// /search/results/... route; this page answers the rest (no query, a query too
// long or without words) and any request that reaches it directly.
export const metadata: Metadata = { title: "Search", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// ?q=a&q=b arrives as an array: take the first of each, as a form would send.
function firstValues(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = searchParamsSchema.parse(firstValues(await searchParams));
  const outcome = await searchArticles({ q, page });
  return <SearchResults query={q.trim()} outcome={outcome} hrefFor={(p) => publicSearchHref(q.trim(), p)} />;
}
