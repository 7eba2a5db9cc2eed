import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormMessage } from "@/components/forms/form-message";
import { NewThreadForm } from "@/components/forum/new-thread-form";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { forumSuspensionMessage, loadMember } from "@/lib/forum/access";
import { categoryBySlug } from "@/lib/forum/categories";
import { FORUM_LIMITS } from "@/lib/forum/schema";

type Props = { params: Promise<{ category: string }> };

export const metadata: Metadata = { title: "Start a thread", robots: { index: false } };

export default async function NewThreadPage({ params }: Props) {
  const raw = (await params).category;
  const user = await requireUser(`/forum/${encodeURIComponent(raw)}/new`);
  const category = categoryBySlug(getDb(), raw);
  if (!category) notFound();
  const suspension = loadMember(getDb(), user, new Date())?.suspension;
  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/forum" className="text-brand-700 hover:underline">
          Forum
        </Link>
        <span aria-hidden className="mx-2 text-stone-400">
          ›
        </span>
        <Link href={`/forum/${category.slug}`} className="text-brand-700 hover:underline">
          {category.name}
        </Link>
      </nav>
      <h1 className="mt-3 font-serif text-3xl font-semibold">Start a thread in {category.name}</h1>
      <div className="mt-6">
        {suspension ? <FormMessage message={forumSuspensionMessage(suspension)} /> : <NewThreadForm categoryId={category.id} titleMax={FORUM_LIMITS.title.max} />}
      </div>
    </div>
  );
}
