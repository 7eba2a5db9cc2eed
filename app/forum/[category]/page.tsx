import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ThreadList } from "@/components/forum/thread-list";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { categoryBySlug } from "@/lib/forum/categories";
import { viewerOf } from "@/lib/forum/posts";
import { parsePage } from "@/lib/forum/schema";
import { listThreads } from "@/lib/forum/threads";

type Props = { params: Promise<{ category: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Per request: staff (and a hidden thread's author) see more than others.
export const dynamic = "force-dynamic";

const loadCategory = cache((slug: string) => categoryBySlug(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = loadCategory((await params).category);
  if (!category) return { title: "Category not found" };
  return { title: `${category.name} · Forum`, description: category.description, alternates: { canonical: `/forum/${category.slug}` } };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = loadCategory((await params).category);
  if (!category) notFound();
  const page = parsePage((await searchParams).page);
  const viewer = viewerOf(getDb(), await getCurrentUser());
  const list = listThreads(getDb(), { viewer, categoryId: category.id, page });
  const base = `/forum/${category.slug}`;
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/forum" className="text-brand-700 hover:underline">
          Forum
        </Link>
      </nav>
      <div className="mt-3 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">{category.name}</h1>
          <p className="mt-2 text-stone-600">{category.description}</p>
        </div>
        <Link href={`${base}/new`} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
          Start a thread
        </Link>
      </div>
      <div className="mt-8">
        <ThreadList threads={list.threads} />
      </div>
      <Pagination page={list.page} pageCount={list.pageCount} label="Thread pages" hrefFor={(p) => (p === 1 ? base : `${base}?page=${p}`)} />
    </div>
  );
}
