import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { listPublishedGuidance } from "@/lib/articles/guidance";
import { unpublishAction } from "./actions";

export const metadata: Metadata = { title: "Members' articles", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 200) : undefined);

export default async function ModerationArticlesPage({ searchParams }: Props) {
  const actor = await requireRole(["moderator", "admin"], "/moderation/articles");
  const params = await searchParams;
  const published = listPublishedGuidance(getDb(), { actor }) ?? [];
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Members&apos; articles</h1>
      <div className="mt-4 space-y-2">
        <FormMessage tone="info" message={one(params.done)} />
        <FormMessage message={one(params.error)} />
      </div>
      {published.length === 0 ? (
        <p className="mt-6 text-stone-600">No published guidance by members yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-stone-200">
          {published.map((a) => (
            <li key={a.id} className="py-4">
              <Link href={`/articles/${a.slug}`} className="font-medium text-brand-700 hover:underline">
                {a.title}
              </Link>{" "}
              <span className="text-sm text-stone-500">by {a.authorName}</span>
              <form action={unpublishAction} className="mt-2 flex flex-wrap items-end gap-2">
                <input type="hidden" name="articleId" value={a.id} />
                <label className="text-sm">
                  <span className="block">Reason for unpublishing “{a.title}”</span>
                  <input name="reason" required minLength={5} maxLength={500} className="mt-1 w-80 rounded-md border border-stone-300 px-2 py-1" />
                </label>
                <button type="submit" className="rounded-md border border-red-300 px-3 py-1 text-sm text-red-900">
                  Unpublish<span className="sr-only"> “{a.title}”</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
