import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { FormMessage } from "@/components/forms/form-message";
import { EditPostForm } from "@/components/forum/edit-post-form";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { NOT_YOURS, postForEdit } from "@/lib/forum/posts";
import { FORUM_LIMITS, parseId } from "@/lib/forum/schema";
import { postHref } from "@/lib/forum/threads";

type Props = { params: Promise<{ id: string; postId: string }> };

export const metadata: Metadata = { title: "Edit your post", robots: { index: false } };

// Only the post's author: someone else's post they can see is a 403, one
// they cannot (or that does not exist) a 404.
export default async function EditPostPage({ params }: Props) {
  const raw = await params;
  const user = await requireUser(`/forum/t/${encodeURIComponent(raw.id)}/edit/${encodeURIComponent(raw.postId)}`);
  const threadId = parseId(raw.id);
  const postId = parseId(raw.postId);
  if (!threadId || !postId) notFound();
  const result = postForEdit(getDb(), { actor: user, postId });
  if (!result.ok && result.status === 404) notFound();
  if (!result.ok && result.message === NOT_YOURS) forbidden();
  if (result.ok && result.post.threadId !== threadId) notFound();
  const back = postHref(getDb(), { threadId, postId });

  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={back} className="text-brand-700 hover:underline">
          ← Back to the thread
        </Link>
      </nav>
      <h1 className="mt-3 font-serif text-3xl font-semibold">Edit your post</h1>
      {result.ok && <p className="mt-2 text-stone-600">In “{result.post.threadTitle}”. Edited posts are marked “edited”.</p>}
      <div className="mt-6">
        {result.ok ? (
          <EditPostForm postId={result.post.id} body={result.post.body} title={result.post.isOpening ? result.post.threadTitle : undefined} titleMax={FORUM_LIMITS.title.max} cancelHref={back} />
        ) : (
          <FormMessage message={result.message} />
        )}
      </div>
    </div>
  );
}
