import type { List, Paragraph, Root, RootContent } from "mdast";

const READING_TIME = /^(\d{1,3})\s*(?:min|mins|minute|minutes)\s+read$/i;
const BULLET = /^\s*(?:[-*•‣▪]|\d{1,2}[.)])\s+/;
const ENDS_LIKE_SENTENCE = /[.!?:;,…"”)]$/;

export type PlainTextArticle = {
  category?: string;
  title: string;
  readingMinutes?: number;
  body: Root;
};

function blocksOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== "");
}

function paragraph(text: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value: text.replace(/\s*\n\s*/g, " ") }] };
}

function list(lines: string[]): List {
  const ordered = /^\s*\d/.test(lines[0] ?? "");
  return {
    type: "list",
    ordered,
    spread: false,
    children: lines.map((line) => ({
      type: "listItem",
      spread: false,
      children: [paragraph(line.replace(BULLET, ""))],
    })),
  };
}

// A heading in plain text is a short single line that does not read as a
// sentence and is followed by more text.
function looksLikeHeading(block: string, isLast: boolean): boolean {
  return !isLast && !block.includes("\n") && block.length <= 90 && !ENDS_LIKE_SENTENCE.test(block);
}

/**
 * Plain text articles open with up to three single-line blocks: a category,
 * the title and "N min read". Below them, blank lines separate blocks.
 */
export function parsePlainText(text: string): PlainTextArticle | { error: string } {
  const blocks = blocksOf(text);
  if (blocks.length === 0) return { error: "the file has no text" };

  let category: string | undefined;
  let readingMinutes: number | undefined;
  const readingIndex = blocks.slice(0, 3).findIndex((b) => READING_TIME.test(b));
  let header: string[];
  if (readingIndex >= 0) {
    header = blocks.slice(0, readingIndex);
    readingMinutes = Number(READING_TIME.exec(blocks[readingIndex]!)![1]);
    blocks.splice(0, readingIndex + 1);
  } else {
    header = blocks.splice(0, 1);
  }
  if (header.length === 2) category = header[0];
  const title = header[header.length - 1];
  if (!title || header.length > 2 || title.includes("\n")) {
    return { error: "the first lines must be an optional category, then the title on a line of its own" };
  }
  if (blocks.length === 0) return { error: "the article has a title but no text" };

  const children: RootContent[] = blocks.map((block, i) => {
    const lines = block.split("\n");
    if (lines.every((l) => BULLET.test(l))) return list(lines);
    if (looksLikeHeading(block, i === blocks.length - 1)) {
      return { type: "heading", depth: 2, children: [{ type: "text", value: block }] };
    }
    return paragraph(block);
  });
  return { category, title, readingMinutes, body: { type: "root", children } };
}
