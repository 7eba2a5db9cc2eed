import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { categoryBySlug } from "@/lib/forum/categories";
import { viewerOf } from "@/lib/forum/posts";
import { parsePage } from "@/lib/forum/schema";
import { listThreads } from "@/lib/forum/threads";
import { CategoryView, categoryMetadata } from "@/components/forum/category-view";

type Props = { params: Promise<{ category: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Per request, for members: staff (and a hidden thread's author) see more
// than others. Visitors get the cached public route (proxy.ts, ../public/c).
export const dynamic = "force-dynamic";

const loadCategory = cache((slug: string) => categoryBySlug(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = loadCategory((await params).category);
  return category ? categoryMetadata(category) : { title: "Category not found" };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = loadCategory((await params).category);
  if (!category) notFound();
  const page = parsePage((await searchParams).page);
  const viewer = viewerOf(getDb(), await getCurrentUser());
  return <CategoryView category={category} list={listThreads(getDb(), { viewer, categoryId: category.id, page })} />;
}
