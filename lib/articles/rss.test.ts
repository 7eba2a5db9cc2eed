import { describe, expect, it } from "vitest";
import { buildRssFeed } from "./rss";

const article = (title: string, summary = "A summary.") => ({
  slug: "a-title",
  title,
  summary,
  author: "Ann <b>Author</b>",
  topic: null,
  topicSlug: null,
  publishedOn: "2026-01-02",
  readingMinutes: 3,
  updatedAt: new Date("2026-01-02T00:00:00Z"),
});

const feedOf = (title: string, summary?: string) =>
  buildRssFeed({ title: "Tandem articles", description: "Guides", siteUrl: (p) => `https://tandem.example${p}`, articles: [article(title, summary)] });

// Everything XML 1.0 allows; anything else makes a feed malformed, whatever it is escaped as.
const XML_CHARS = /^[\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe("buildRssFeed", () => {
  it("escapes markup in members' titles, summaries and names", () => {
    const xml = feedOf(`</title><script>alert(1)</script>"'&`, "<img src=x onerror=alert(2)>");
    expect(xml).toContain("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&apos;&amp;</title>");
    expect(xml).toContain("<description>&lt;img src=x onerror=alert(2)&gt;</description>");
    expect(xml).toContain("<dc:creator>Ann &lt;b&gt;Author&lt;/b&gt;</dc:creator>");
  });

  it("drops characters XML cannot hold (NUL and other controls, lone surrogates, U+FFFE), so one title cannot break the feed", () => {
    const xml = feedOf("A\u0000B\u0001C\u000BD\uFFFEE\uD800F\u{1F600}G\tH", "S\u001Fummary");
    expect(xml).toMatch(XML_CHARS);
    expect(xml).toContain("<title>ABCDEF\u{1F600}G\tH</title>");
    expect(xml).toContain("<description>Summary</description>");
  });
});
