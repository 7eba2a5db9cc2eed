import type { Metadata } from "next";
import { GuidanceEditor } from "@/components/articles/guidance-editor";
import { requireRole } from "@/lib/accounts/authorization";
import { TOPICS } from "@/lib/topics/vocabulary";

export const metadata: Metadata = { title: "Write an article", robots: { index: false } };

export default async function NewGuidancePage() {
  await requireRole(["mentor", "moderator", "admin"], "/write/new");
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Write an article</h1>
      <div className="mt-6">
        <GuidanceEditor initial={{ title: "", summary: "", topic: "", body: "" }} topics={TOPICS} published={false} />
      </div>
    </div>
  );
}
