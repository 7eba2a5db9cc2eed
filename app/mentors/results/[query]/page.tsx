import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MentorDirectory } from "@/components/mentors/mentor-directory";
import { getDb } from "@/db/client";
import { listMentors, loosenHints } from "@/lib/mentors/directory";
import { canonicalDirectoryQuery, queryFromSegment } from "@/lib/mentors/directory-path";
import { directoryHref, parseDirectoryFilters } from "@/lib/mentors/directory-schema";

// One cached page per canonical search (see lib/mentors/directory-path):
// rendered on its first request, then served from the cache.
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 60;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ query: string }> };

async function parse(params: Props["params"]) {
  const query = queryFromSegment((await params).query);
  if (query === null) notFound();
  const search = new URLSearchParams(query);
  // Only the canonical spelling is rendered (and so cached).
  if (!query || canonicalDirectoryQuery(search) !== query) notFound();
  return parseDirectoryFilters(Object.fromEntries(search));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const filters = await parse(params);
  return { title: "Find a mentor", robots: { index: false }, alternates: { canonical: directoryHref(filters) } };
}

export default async function MentorSearchPage({ params }: Props) {
  const filters = await parse(params);
  return <MentorDirectory filters={filters} result={listMentors(getDb(), { filters })} hints={loosenHints(filters)} />;
}
