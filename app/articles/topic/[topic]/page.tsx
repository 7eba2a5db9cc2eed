import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleIndex } from "@/components/articles/article-index";
import { getArticleIndex, listTopics } from "@/lib/articles/queries";
import { parseSlug } from "@/lib/articles/route-params";

type Props = { params: Promise<{ topic: string }> };

export async function generateStaticParams() {
  return (await listTopics()).map((t) => ({ topic: t.topicSlug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = parseSlug((await params).topic);
  const topic = slug ? (await listTopics()).find((t) => t.topicSlug === slug) : undefined;
  return topic ? { title: `Articles on ${topic.topic}` } : {};
}

export default async function TopicPage({ params }: Props) {
  const topicSlug = parseSlug((await params).topic);
  const index = topicSlug ? await getArticleIndex({ topicSlug, page: 1 }) : null;
  if (!index) notFound();
  return <ArticleIndex {...index} />;
}
