import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { listOwnGuidance } from "@/lib/articles/guidance";

export const metadata: Metadata = { title: "Your articles", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED: Record<string, string> = {
  draft: "Draft saved. Only you can see it.",
  published: "Published: it is now in the articles, search and the feed.",
};

export default async function WritePage({ searchParams }: Props) {
  const actor = await requireRole(["mentor", "moderator", "admin"], "/write");
  const { saved } = await searchParams;
  const own = listOwnGuidance(getDb(), { actor });
  return (
    <div className="max-w-3xl">
      <div className="flex items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-semibold">Your articles</h1>
        <Link href="/write/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900">
          Write an article
        </Link>
      </div>
      <div className="mt-4">
        <FormMessage tone="info" message={typeof saved === "string" ? SAVED[saved] : undefined} />
      </div>
      {own.length === 0 ? (
        <p className="mt-8 text-stone-600">You have not written any guidance yet. Share what you have learned: it helps learners find you.</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200">
          {own.map((a) => (
            <li key={a.id} className="py-4">
              <div className="flex flex-wrap items-center gap-3">
                <Link href={`/write/${a.id}`} className="font-medium text-brand-700 hover:underline">
                  {a.title}
                </Link>
                <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs capitalize">{a.status}</span>
                {a.status === "published" && (
                  <Link href={`/articles/${a.slug}`} className="text-sm text-stone-600 underline">
                    View
                  </Link>
                )}
              </div>
              {a.status === "unpublished" && a.unpublishedReason && (
                <p className="mt-1 text-sm text-red-900">Unpublished by a moderator: {a.unpublishedReason}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
