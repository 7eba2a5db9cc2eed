import type { MetadataRoute } from "next";
import { listAllArticles, listIndexPages, listTopics } from "@/lib/articles/queries";
import { siteUrl } from "@/lib/site";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, topics, pages] = await Promise.all([listAllArticles(), listTopics(), listIndexPages()]);
  return [
    { url: siteUrl("/") },
    { url: siteUrl("/articles") },
    ...pages.map((p) => ({ url: siteUrl(p.topicSlug ? `/articles/topic/${p.topicSlug}/page/${p.page}` : `/articles/page/${p.page}`) })),
    ...topics.map((t) => ({ url: siteUrl(`/articles/topic/${t.topicSlug}`) })),
    ...articles.map((a) => ({ url: siteUrl(`/articles/${a.slug}`), lastModified: a.updatedAt })),
  ];
}
