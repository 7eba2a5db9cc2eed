import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchResults } from "@/components/articles/search-results";
import { searchArticles } from "@/lib/articles/search";
import { publicSearchHref, termsFromSegment } from "@/lib/articles/search-path";
import { parsePageNumber } from "@/lib/articles/route-params";

// Rendered on the first request for a query and then served from the cache
// (kept in memory only: see next.config.ts), refreshed with every other page
// after an import.
export const dynamic = "force-static";
export const dynamicParams = true;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ terms: string; page: string }> };

async function parse(params: Props["params"]) {
  const raw = await params;
  const terms = termsFromSegment(raw.terms);
  const page = parsePageNumber(raw.page);
  // Only the canonical spelling of a query is rendered (and so cached).
  if (!page || terms === null) notFound();
  return { terms, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { terms } = await parse(params);
  return { title: `Search: ${terms.slice(0, 60)}`, robots: { index: false } };
}

export default async function CachedSearchResultsPage({ params }: Props) {
  const { terms, page } = await parse(params);
  const outcome = await searchArticles({ q: terms, page });
  return <SearchResults query={terms} outcome={outcome} hrefFor={(p) => publicSearchHref(terms, p)} />;
}
