import type { Metadata } from "next";
import { CategoryList } from "@/components/forum/category-list";
import { ForumSearchForm } from "@/components/forum/forum-search-form";
import { getDb } from "@/db/client";
import { listCategories } from "@/lib/forum/categories";

export const metadata: Metadata = {
  title: "Forum",
  description: "Ask and answer questions about mentorship, support networks, learning communities and career growth.",
  alternates: { canonical: "/forum" },
};

// The same for everyone (counts and latest activity as everyone sees them):
// static, revalidated by every forum write and moderation action
// (lib/content-refresh/forum-views) and at most 60 seconds old otherwise.
export const revalidate = 60;

export default function ForumPage() {
  const categories = listCategories(getDb());
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">Forum</h1>
          <p className="mt-2 text-stone-600">Ask, answer and share what helped. Be kind: people here are learning.</p>
        </div>
        <div className="w-full sm:w-80">
          <ForumSearchForm />
        </div>
      </div>
      <div className="mt-8">
        <CategoryList categories={categories} />
      </div>
    </div>
  );
}
