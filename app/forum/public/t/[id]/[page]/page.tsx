import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { MAX_FORUM_PAGE, pageFromSegment } from "@/lib/forum/public-path";
import { parseId } from "@/lib/forum/schema";
import { loadThread } from "@/lib/forum/thread-view";
import { ThreadPageView, threadMetadata } from "@/components/forum/thread-page-view";

// A thread's page as visitors see it (lib/forum/public-path): no hidden
// posts, no buttons, a link to sign in. Rendered on its first request, then
// served from the cache; every forum write and moderation action
// revalidates it (lib/content-refresh/forum-views).
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 60;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; page: string }> };

const load = cache((rawId: string, rawPage: string) => {
  const id = parseId(rawId);
  const page = pageFromSegment(rawPage, MAX_FORUM_PAGE);
  return id && page ? loadThread(getDb(), { actor: null, threadId: id, page }) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, page } = await params;
  const view = load(id, page);
  return view ? threadMetadata(view) : { title: "Thread not found" };
}

export default async function PublicThreadPage({ params }: Props) {
  const { id, page } = await params;
  const view = load(id, page);
  if (!view) notFound();
  return <ThreadPageView view={view} />;
}
