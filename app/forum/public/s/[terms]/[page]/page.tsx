import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ForumSearchResults } from "@/components/forum/search-results";
import { getDb } from "@/db/client";
import { forumSearchHref, MAX_SEARCH_PAGE, pageFromSegment, termsFromSegment } from "@/lib/forum/public-path";
import { searchForum } from "@/lib/forum/search";

// Forum search as visitors see it, one cached page per canonical set of
// terms (lib/forum/public-path): rendered on its first request, then served
// from the cache; every forum write and moderation action revalidates it.
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 60;

export async function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "Search the forum", robots: { index: false } };

type Props = { params: Promise<{ terms: string; page: string }> };

export default async function PublicForumSearchPage({ params }: Props) {
  const raw = await params;
  const terms = termsFromSegment(raw.terms);
  const page = pageFromSegment(raw.page, MAX_SEARCH_PAGE);
  // Only the canonical spelling of a search is rendered (and so cached).
  if (!terms || !page) notFound();
  const outcome = searchForum(getDb(), { viewer: null, q: terms, page });
  return <ForumSearchResults query={terms} outcome={outcome} hrefFor={(p) => forumSearchHref(terms, p)} />;
}
