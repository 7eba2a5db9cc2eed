import { listAllArticles } from "@/lib/articles/queries";
import { buildRssFeed } from "@/lib/articles/rss";
import { SITE_DESCRIPTION, SITE_NAME, siteUrl } from "@/lib/site";

// Built once and cached like the pages; refreshed with them after an import.
export const dynamic = "force-static";

export async function GET() {
  const xml = buildRssFeed({ title: `${SITE_NAME} articles`, description: SITE_DESCRIPTION, siteUrl, articles: await listAllArticles() });
  return new Response(xml, { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
}
