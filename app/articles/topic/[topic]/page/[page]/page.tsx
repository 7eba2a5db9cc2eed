import { notFound, permanentRedirect } from "next/navigation";
import { ArticleIndex } from "@/components/articles/article-index";
import { getArticleIndex, listIndexPages } from "@/lib/articles/queries";
import { parsePageNumber, parseSlug } from "@/lib/articles/route-params";

type Props = { params: Promise<{ topic: string; page: string }> };

export async function generateStaticParams() {
  return (await listIndexPages()).flatMap((p) => (p.topicSlug ? [{ topic: p.topicSlug, page: String(p.page) }] : []));
}

export default async function TopicPageN({ params }: Props) {
  const raw = await params;
  const topicSlug = parseSlug(raw.topic);
  const page = parsePageNumber(raw.page);
  if (topicSlug && page === 1) permanentRedirect(`/articles/topic/${topicSlug}`);
  const index = topicSlug && page ? await getArticleIndex({ topicSlug, page }) : null;
  if (!index) notFound();
  return <ArticleIndex {...index} />;
}
