import type { Metadata } from "next";
import Link from "next/link";
import { ThreadList } from "@/components/forum/thread-list";
import { Pagination } from "@/components/ui/pagination";
import type { Category } from "@/lib/forum/categories";
import type { ThreadList as Threads } from "@/lib/forum/threads";

// A category's page, shared by the per-request route (members) and the
// cached public one (visitors): what differs is only whose list it is.

export const categoryMetadata = (category: Category): Metadata => ({
  title: `${category.name} · Forum`,
  description: category.description,
  alternates: { canonical: `/forum/${category.slug}` },
});

export function CategoryView({ category, list }: { category: Category; list: Threads }) {
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
