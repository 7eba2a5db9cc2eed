import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleIndex } from "@/components/articles/article-index";
import { getArticleIndex, listIndexPages } from "@/lib/articles/queries";
import { parsePageNumber } from "@/lib/articles/route-params";

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  return (await listIndexPages()).filter((p) => !p.topicSlug).map((p) => ({ page: String(p.page) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page);
  return page ? { title: `Articles, page ${page}` } : {};
}

export default async function ArticlesPageN({ params }: Props) {
  const page = parsePageNumber((await params).page);
  if (page === 1) permanentRedirect("/articles");
  const index = page ? await getArticleIndex({ page }) : null;
  if (!index) notFound();
  return <ArticleIndex {...index} />;
}
