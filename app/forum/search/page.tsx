import type { Metadata } from "next";
import { ForumSearchResults } from "@/components/forum/search-results";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchParamsSchema } from "@/lib/articles/search-query";
import { viewerOf } from "@/lib/forum/posts";
import { forumSearchHref } from "@/lib/forum/public-path";
import { searchForum } from "@/lib/forum/search";

export const metadata: Metadata = { title: "Search the forum", robots: { index: false } };

// Per request, for members (staff also find posts hidden pending review) and
// for searches without words. A visitor's search is served from the cached
// public route (proxy.ts, ../public/s).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// ?q=a&q=b arrives as an array: take the first of each, as a form would send.
const firstValues = (params: Record<string, string | string[] | undefined>) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

export default async function ForumSearchPage({ searchParams }: Props) {
  const { q, page } = searchParamsSchema.parse(firstValues(await searchParams));
  const viewer = q.trim() ? viewerOf(getDb(), await getCurrentUser()) : null;
  const outcome = searchForum(getDb(), { viewer, q, page });
  const query = q.trim();
  return <ForumSearchResults query={query} outcome={outcome} hrefFor={(p) => forumSearchHref(query, p)} />;
}
