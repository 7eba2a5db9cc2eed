import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PostCard } from "@/components/forum/post-card";
import { ReplyForm } from "@/components/forum/reply-form";
import { ThreadHeader } from "@/components/forum/thread-header";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { quotePost } from "@/lib/forum/posts";
import { parseId, parsePage } from "@/lib/forum/schema";
import { loadThread } from "@/lib/forum/thread-view";
import { formatUntil } from "@/lib/forum/time";
import { FlagForm } from "@/components/moderation/flag-form";
import { PostTools } from "@/components/moderation/post-tools";
import { ThreadTools } from "@/components/moderation/thread-tools";
import { flaggedByViewer, openFlagCounts } from "@/lib/moderation/flags";
import { listCategories } from "@/lib/moderation/thread-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Per request: what a post shows depends on who looks (staff see hidden
// posts, authors get their buttons), and every read is one indexed page of
// posts. Metadata and page share the read.
export const dynamic = "force-dynamic";

const load = cache(async (rawId: string, page: number) => {
  const id = parseId(rawId);
  if (!id) return null;
  return loadThread(getDb(), { actor: await getCurrentUser(), threadId: id, page });
});

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const view = await load((await params).id, parsePage((await searchParams).page));
  if (!view) return { title: "Thread not found" };
  const hiddenOrDeleted = view.thread.hidden !== null || view.thread.deletedAt !== null;
  return {
    title: view.thread.title,
    alternates: { canonical: `/forum/t/${view.thread.id}${view.page > 1 ? `?page=${view.page}` : ""}` },
    robots: hiddenOrDeleted ? { index: false } : undefined,
  };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const view = await load((await params).id, parsePage(query.page));
  if (!view) notFound();
  const { thread, posts, reply } = view;
  const base = `/forum/t/${thread.id}`;
  const quoteId = parseId(first(query.quote));
  const quote = reply.allowed && quoteId ? (quotePost(getDb(), { viewer: null, postId: quoteId, threadId: thread.id }) ?? undefined) : undefined;
  const now = new Date();
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
    <div className="max-w-3xl">
      <ThreadHeader
        thread={thread}
        tools={
          view.viewer.staff ? (
            <ThreadTools
              thread={{ id: thread.id, title: thread.title, categoryId: thread.category.id, pinned: thread.pinned, locked: thread.locked, hidden: thread.hidden !== null, slowModeMinutes: thread.slowMode?.minutes ?? null }}
              categories={listCategories(getDb())}
            />
          ) : undefined
        }
      />

      <ol className="mt-8 space-y-4" aria-label="Posts">
        {posts.map((post) => (
          <li key={post.id}>
            <PostCard post={post} threadId={thread.id} page={view.page} tools={toolsFor(post)} />
          </li>
        ))}
      </ol>

      <Pagination page={view.page} pageCount={view.pageCount} label="Thread pages" hrefFor={(p) => (p === 1 ? base : `${base}?page=${p}`)} />

      <section id="reply" aria-labelledby="reply-heading" className="mt-10 scroll-mt-6">
        <h2 id="reply-heading" className="font-serif text-2xl font-semibold">
          Reply
        </h2>
        {thread.slowMode && !thread.locked && (
          <p role="note" className="mt-3 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950">
            Slow mode is on: one post every {thread.slowMode.minutes} {thread.slowMode.minutes === 1 ? "minute" : "minutes"} per member.
            {reply.allowed && thread.slowMode.nextPostAt && <> You can post again at {formatUntil(thread.slowMode.nextPostAt, now)}.</>}
          </p>
        )}
        <div className="mt-4">
          {reply.allowed ? (
            // A new key after each post (or a new quote) starts the box afresh.
            <ReplyForm key={`${thread.postCount}-${quoteId ?? ""}`} threadId={thread.id} quote={quote} />
          ) : reply.reason ? (
            <p role="note" className="rounded-lg border border-stone-300 bg-stone-50 p-4 text-stone-800">
              {reply.reason}
            </p>
          ) : (
            <p className="text-stone-700">
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(base)}`} className="text-brand-700 underline">
                Sign in
              </Link>{" "}
              to reply.
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
