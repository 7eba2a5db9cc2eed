import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleIndex } from "@/components/articles/article-index";
import { getArticleIndex } from "@/lib/articles/queries";

export const metadata: Metadata = { title: "Articles", alternates: { canonical: "/articles" } };

export default async function ArticlesPage() {
  const index = await getArticleIndex({ page: 1 });
  if (!index) notFound();
  return <ArticleIndex {...index} />;
}
