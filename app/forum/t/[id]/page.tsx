import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { quotePost } from "@/lib/forum/posts";
import { parseId, parsePage } from "@/lib/forum/schema";
import { loadThread } from "@/lib/forum/thread-view";
import { FlagForm } from "@/components/moderation/flag-form";
import { PostTools } from "@/components/moderation/post-tools";
import { ThreadTools } from "@/components/moderation/thread-tools";
import { flaggedByViewer, openFlagCounts } from "@/lib/moderation/flags";
import { listCategories } from "@/lib/moderation/thread-actions";
import { ThreadPageView, threadMetadata } from "@/components/forum/thread-page-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Per request, for members: what a post shows depends on who looks (staff
// see hidden posts, authors get their buttons), and every read is one
// indexed page of posts. Metadata and page share the read. Visitors (no
// session cookie) get the cached public route instead (proxy.ts,
// ../../public/t/[id]/[page]).
export const dynamic = "force-dynamic";

const load = cache(async (rawId: string, page: number) => {
  const id = parseId(rawId);
  if (!id) return null;
  return loadThread(getDb(), { actor: await getCurrentUser(), threadId: id, page });
});

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const view = await load((await params).id, parsePage((await searchParams).page));
  return view ? threadMetadata(view) : { title: "Thread not found" };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const view = await load((await params).id, parsePage(query.page));
  if (!view) notFound();
  const { thread, posts, reply } = view;
  const quoteId = parseId(first(query.quote));
  const quote = reply.allowed && quoteId ? (quotePost(getDb(), { viewer: null, postId: quoteId, threadId: thread.id }) ?? undefined) : undefined;
  // Moderation: flags for members on others' posts, tools for staff.
  const actor = await getCurrentUser();
  const postIds = posts.map((p) => p.id);
  const flagged = actor ? flaggedByViewer(getDb(), { actor, postIds }) : new Set<number>();
  const flagCounts = view.viewer.staff ? openFlagCounts(getDb(), { actor, postIds }) : new Map<number, number>();
  const toolsFor = (post: (typeof posts)[number]) =>
    view.viewer.staff ? (
      <PostTools postId={post.id} hidden={post.hidden} deleted={post.deleted} openFlags={flagCounts.get(post.id) ?? 0} />
    ) : actor && post.author?.id !== actor.id && !post.hidden && !post.deleted ? (
      <FlagForm postId={post.id} alreadyFlagged={flagged.has(post.id)} />
    ) : null;

  return (
    <ThreadPageView
      view={view}
      quoteId={quoteId}
      quote={quote}
      postTools={toolsFor}
      threadTools={
        view.viewer.staff ? (
          <ThreadTools
            thread={{ id: thread.id, title: thread.title, categoryId: thread.category.id, pinned: thread.pinned, locked: thread.locked, hidden: thread.hidden !== null, slowModeMinutes: thread.slowMode?.minutes ?? null }}
            categories={listCategories(getDb())}
          />
        ) : undefined
      }
    />
  );
}
