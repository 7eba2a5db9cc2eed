import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { categoryBySlug } from "@/lib/forum/categories";
import { MAX_FORUM_PAGE, pageFromSegment } from "@/lib/forum/public-path";
import { listThreads } from "@/lib/forum/threads";
import { CategoryView, categoryMetadata } from "@/components/forum/category-view";

// A category's page as visitors see it (lib/forum/public-path): rendered on
// its first request, then served from the cache; every forum write and
// moderation action revalidates it (lib/content-refresh/forum-views).
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 60;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

const load = cache((slug: string, rawPage: string) => {
  const page = pageFromSegment(rawPage, MAX_FORUM_PAGE);
  const category = page ? categoryBySlug(getDb(), slug) : null;
  if (!page || !category) return null;
  return { category, list: listThreads(getDb(), { viewer: null, categoryId: category.id, page }) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const found = load(slug, page);
  return found ? categoryMetadata(found.category) : { title: "Category not found" };
}

export default async function PublicCategoryPage({ params }: Props) {
  const { slug, page } = await params;
  const found = load(slug, page);
  if (!found) notFound();
  return <CategoryView category={found.category} list={found.list} />;
}
