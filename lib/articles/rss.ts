import type { ArticleSummary } from "./types";

// Characters XML 1.0 does not allow at all, not even escaped (C0 controls
// but tab and newlines, lone surrogates, U+FFFE/U+FFFF): one of them in a
// member's title would make the whole feed malformed, and readers drop it.
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
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
