import type { Heading, Nodes, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkGfm);
const stringifier = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", listItemIndent: "one", rule: "-", fences: true });

export function parseMarkdown(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

// Every stored body goes through this one serializer, so stored Markdown has
// one shape whatever the source's (setext or ATX headings, * or - bullets).
export function stringifyMarkdown(root: Root): string {
  return stringifier.stringify(root).trim() + "\n";
}

// Notes a text generator left about its own output, not part of the article.
const GENERATOR_NOTE = /^\s*(note:\s*)?this (response|answer|text|article) (is|was) (written |formatted |provided )?in markdown( format)?\.?\s*$/i;

function isBlank(node: RootContent): boolean {
  // "&nbsp;" standing alone parses to a paragraph holding only U+00A0.
  if (node.type === "paragraph") return toString(node).replace(/[\s\u00a0\u200b]/g, "") === "";
  if (node.type === "html") return /^(\s|&nbsp;|&#160;|&#xa0;|<br\s*\/?>)*$/i.test(node.value);
  return false;
}

function isGeneratorNote(node: RootContent): boolean {
  if (node.type !== "blockquote" && node.type !== "paragraph") return false;
  return GENERATOR_NOTE.test(toString(node));
}

/** Drops generator artefacts: lone HTML entities, empty blocks, "this response is in Markdown" notes. */
export function dropArtefacts(root: Root): Root {
  return { ...root, children: root.children.filter((n) => !isBlank(n) && !isGeneratorNote(n)) };
}

/** A heading written as "**Heading**" is already a heading: the bold adds nothing. */
export function unwrapStyledHeadings(root: Root): void {
  visit(root, "heading", (heading: Heading) => {
    const only = heading.children.length === 1 ? heading.children[0] : undefined;
    if (only && (only.type === "strong" || only.type === "emphasis")) heading.children = only.children;
    return SKIP;
  });
}

/** The page's h1 is the title, so the body's top heading level becomes h2, keeping relative levels. */
export function normalizeHeadingLevels(root: Root): void {
  let min = 7;
  visit(root, "heading", (h: Heading) => {
    min = Math.min(min, h.depth);
  });
  if (min > 6) return;
  const shift = 2 - min;
  visit(root, "heading", (h: Heading) => {
    h.depth = Math.max(2, Math.min(6, h.depth + shift)) as Heading["depth"];
  });
}

/** Removes and returns the text of the first level-1 heading, when the body opens with one. */
export function takeLeadingTitle(root: Root): string | undefined {
  const first = root.children[0];
  if (first?.type !== "heading" || first.depth !== 1) return undefined;
  root.children.shift();
  return toString(first).trim();
}

/** Plain text of every block on its own line: what full-text search indexes. */
export function toPlainText(root: Root): string {
  const lines: string[] = [];
  visit(root, (node: Nodes) => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "code" || node.type === "tableCell") {
      lines.push(toString(node));
      return SKIP;
    }
    return undefined;
  });
  return lines.join("\n");
}

export function firstParagraphText(root: Root): string | undefined {
  const p = root.children.find((n) => n.type === "paragraph");
  return p ? toString(p).trim() : undefined;
}
