import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuidanceEditor } from "@/components/articles/guidance-editor";
import { FormMessage } from "@/components/forms/form-message";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { getOwnGuidance } from "@/lib/articles/guidance";
import { parsePageNumber } from "@/lib/articles/route-params";
import { TOPICS } from "@/lib/topics/vocabulary";

export const metadata: Metadata = { title: "Edit article", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function EditGuidancePage({ params }: Props) {
  const raw = (await params).id;
  const actor = await requireRole(["mentor", "moderator", "admin"], `/write/${encodeURIComponent(raw)}`);
  const id = parsePageNumber(raw);
  // Someone else's article, draft or not, does not exist for you.
  const article = id ? getOwnGuidance(getDb(), { actor, id }) : null;
  if (!article) notFound();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Edit article</h1>
      {article.status === "unpublished" && article.unpublishedReason && (
        <div className="mt-4">
          <FormMessage message={`A moderator unpublished this article: ${article.unpublishedReason}`} />
        </div>
      )}
      <div className="mt-6">
        <GuidanceEditor id={article.id} initial={article} topics={TOPICS} published={article.status === "published"} />
      </div>
    </div>
  );
}
