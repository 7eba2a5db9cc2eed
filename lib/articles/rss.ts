import type { ArticleSummary } from "./types";

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

type FeedInput = {
  title: string;
  description: string;
  siteUrl: (path: string) => string;
  articles: (ArticleSummary & { updatedAt: Date })[];
};

/** RSS 2.0. Undated articles carry the date they were last imported. */
export function buildRssFeed({ title, description, siteUrl, articles }: FeedInput): string {
  const items = articles.map((a) => {
    const link = siteUrl(`/articles/${a.slug}`);
    const date = a.publishedOn ? new Date(`${a.publishedOn}T00:00:00Z`) : a.updatedAt;
    return [
      "    <item>",
      `      <title>${escapeXml(a.title)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <description>${escapeXml(a.summary)}</description>`,
      `      <pubDate>${date.toUTCString()}</pubDate>`,
      a.author ? `      <dc:creator>${escapeXml(a.author)}</dc:creator>` : null,
      a.topic ? `      <category>${escapeXml(a.topic)}</category>` : null,
      "    </item>",
    ]
      .filter((line) => line !== null)
      .join("\n");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(title)}</title>
    <link>${escapeXml(siteUrl("/articles"))}</link>
    <description>${escapeXml(description)}</description>
    <language>en</language>
    <atom:link href="${escapeXml(siteUrl("/feed.xml"))}" rel="self" type="application/rss+xml"/>
${items.join("\n")}
  </channel>
</rss>
`;
}
