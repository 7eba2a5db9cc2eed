import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { seedFile } from "@/lib/testing/seed-files";
import { ImportError } from "./errors";
import { parseMarkdown } from "./markdown-tree";
import { parseArticleSource } from "./parse-article-source";

function parse(name: string) {
  const { file, content } = seedFile(name);
  return parseArticleSource(file, content);
}

function structure(markdown: string) {
  const tree: Root = parseMarkdown(markdown);
  const headings = tree.children.filter((n) => n.type === "heading");
  const lists = tree.children.filter((n) => n.type === "list");
  return {
    headings: headings.map((h) => `h${h.depth} ${toString(h)}`),
    listItems: lists.map((l) => l.children.length),
    orderedLists: lists.filter((l) => l.ordered).length,
    paragraphs: tree.children.filter((n) => n.type === "paragraph").length,
  };
}

function noArtefacts(text: string) {
  expect(text).not.toContain("\\n");
  expect(text).not.toMatch(/â€|Ã|Â/);
  expect(text).not.toContain("&nbsp;");
  expect(text).not.toMatch(/response is in Markdown/i);
}

describe("YAML front matter with an escaped answer (QuickTakes)", () => {
  const a = parse("000_fa308e2b31469866.txt");

  it("takes every metadata field from the front matter", () => {
    expect(a).toMatchObject({
      sourceKey: "source-id:125688",
      slug: "how-does-community-support-contribute-to-professional-development",
      title: "How does community support contribute to professional development?",
      author: "QuickTakes",
      topic: "Education Studies",
      topicSlug: "education-studies",
      publishedOn: "2024-12-14",
      sourceFormat: "front-matter-answer",
    });
    expect(a.summary).toMatch(/^Community support is essential for professional development/);
    expect(a.keywords).toEqual([
      "community support", "professional development", "networking", "mentorship", "resources",
      "supportive environment", "learning opportunities", "sense of belonging", "leadership development",
    ]);
  });

  it("turns the escaped newlines into an intro, a 7-item numbered list and a conclusion", () => {
    expect(structure(a.bodyMarkdown)).toEqual({ headings: [], listItems: [7], orderedLists: 1, paragraphs: 2 });
    expect(a.bodyMarkdown).toContain("**Networking Opportunities**: Communities often facilitate");
    noArtefacts(a.bodyMarkdown);
  });

  it("repairs the mojibake and drops the lone &nbsp; after the front matter", () => {
    expect(a.bodyMarkdown).toContain("staying current in one’s field");
    expect(a.bodyText).not.toContain("\u00a0");
  });

  it("keeps related references once each, by source id", () => {
    expect(a.relatedRefs.map((r) => r.sourceKey)).toEqual(["source-id:125672", "source-id:125680", "source-id:125701"]);
  });
});

describe("Markdown with setext headings", () => {
  const a = parse("001_0f599fc27477a32b.txt");

  it("takes the title from the level-1 heading and keeps seven sections of four points", () => {
    expect(a.title).toBe("Leveraging Support Networks and Community for Encouragement and Motivation");
    const s = structure(a.bodyMarkdown);
    expect(s.headings).toEqual([
      "h2 Understanding the Importance of Support Networks",
      "h2 Seeking Guidance from Mentors",
      "h2 The Power of Peer-to-Peer Support",
      "h2 Benefiting from Professional Networks",
      "h2 Joining Learning Communities and Online Forums",
      "h2 Contributing to the Community",
      "h2 Overcoming Challenges through Community Empowerment",
      "h2 Conclusion",
    ]);
    expect(s.listItems).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(s.paragraphs).toBe(2);
  });

  it("drops the generator's note and has no metadata it does not state", () => {
    noArtefacts(a.bodyMarkdown);
    expect(a.bodyMarkdown.trim().endsWith("unlock our full potential.")).toBe(true);
    expect(a).toMatchObject({ author: null, publishedOn: null, topic: null, keywords: [], sourceFormat: "markdown" });
    expect(a.summary).toMatch(/^In this chapter, we will explore/);
    expect(a.summary.length).toBeLessThanOrEqual(281);
  });
});

describe("YAML front matter followed by Markdown", () => {
  const a = parse("004_d2506a0ff73b83c1.txt");

  it("reads the author, credentials, date and summary", () => {
    expect(a).toMatchObject({
      title: "Benefits of joining learning communities?",
      author: "Dr. Olivia Wilson",
      authorCredentials: "Academic Admissions Mentor · PhD in Biology, University of Oxford",
      publishedOn: "2024-05-25",
      summary: "Joining learning communities fosters skill development, lifelong learning, networking opportunities, and personal growth for individuals and communities alike.",
      sourceFormat: "front-matter-markdown",
    });
  });

  it("keeps all eight sections, raising ### to the page's second level", () => {
    const s = structure(a.bodyMarkdown);
    expect(s.headings).toHaveLength(8);
    expect(s.headings[0]).toBe("h2 1. Skill Development and Lifelong Learning");
    expect(s.headings[7]).toBe("h2 Conclusion: A Call to Action");
    // Intro, 14 bold sub-headings with their 14 paragraphs, 3 closing paragraphs.
    expect(s.paragraphs).toBe(1 + 14 * 2 + 3);
    expect(a.bodyMarkdown).toContain("**Continuous Skill Enhancement:**");
    expect(a.bodyMarkdown).toContain("In today’s rapidly changing world");
    noArtefacts(a.bodyMarkdown);
  });
});

describe("plain text with a category, a title and a reading time", () => {
  const a = parse("003_705c662b442b4c30.txt");

  it("reads the header lines as fields", () => {
    expect(a).toMatchObject({
      title: "The Role of Mentorship in Career Development",
      topic: "Education & Career",
      topicSlug: "education-career",
      readingMinutes: 3,
      sourceFormat: "plain-text",
    });
    expect(a.summary).toBe(
      "Mentorship plays a pivotal role in career development by providing guidance, support, and networking opportunities to help individuals achieve their professional goals.",
    );
  });

  it("turns short title-like lines into headings and keeps every paragraph", () => {
    const s = structure(a.bodyMarkdown);
    expect(s.headings).toEqual([
      "h2 Introduction to Mentorship",
      "h2 Building Professional Skills",
      "h2 Networking Opportunities",
      "h2 Personal Growth and Confidence",
      "h2 Long-Term Career Success",
    ]);
    expect(s.paragraphs).toBe(6);
    noArtefacts(a.bodyMarkdown);
  });
});

describe("malformed files", () => {
  const bad = (content: string | Uint8Array) =>
    parseArticleSource("bad.txt", typeof content === "string" ? new TextEncoder().encode(content) : content);

  it.each([
    ["an empty file", "", /empty/],
    ["only whitespace", "  \n\n ", /empty/],
    ["bytes that are not UTF-8", Uint8Array.of(0x66, 0xff, 0xfe, 0x41), /not UTF-8/],
    ["binary content", "abc\u0000def", /binary/],
    ["front matter that never closes", "---\ntitle: x\n\nbody", /never closes/],
    ["front matter that is not YAML", "---\ntitle: [unclosed\n---\nbody", /not valid YAML/],
    ["front matter that is a list", "---\n- a\n- b\n---\nbody", /key: value/],
    ["front matter without a title", "---\nauthor: A\n---\nSome text.", /no `title`/],
    ["a date that is not a date", "---\ntitle: T\ndate: 31/12/2024\n---\nText.", /`date`.*YYYY-MM-DD/],
    ["a title with no article text", "---\ntitle: T\n---\n&nbsp;\n", /no text/],
    ["Markdown without a title heading", "Some intro\n\n## Section\n\n- point", /level-1 heading/],
    ["plain text with a title only", "Just a title line", /no text/],
  ])("refuses %s, naming the file", (_, content, reason) => {
    let error: unknown;
    try {
      bad(content);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).file).toBe("bad.txt");
    expect((error as ImportError).message).toMatch(/^bad\.txt: /);
    expect((error as ImportError).reason).toMatch(reason);
  });
});
