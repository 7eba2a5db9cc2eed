import type { Root } from "mdast";
import path from "node:path";
import { z } from "zod";
import { articleSlug, slugify } from "../slug";
import { readingMinutes } from "../reading-time";
import { frontMatterSchema, importedArticleSchema, relatedRefSchema, type ImportedArticle } from "./article-schema";
import { ImportError } from "./errors";
import { splitFrontMatter, unescapeAnswer } from "./front-matter";
import {
  dropArtefacts,
  firstParagraphText,
  normalizeHeadingLevels,
  parseMarkdown,
  stringifyMarkdown,
  takeLeadingTitle,
  toPlainText,
  unwrapStyledHeadings,
} from "./markdown-tree";
import { parsePlainText } from "./plain-text";
import { repairMojibake } from "./repair-encoding";

const MAX_FILE_BYTES = 1_000_000;
const SUMMARY_LENGTH = 280;

type Draft = Omit<ImportedArticle, "bodyMarkdown" | "bodyText" | "readingMinutes" | "slug" | "summary"> & {
  body: Root;
  slug?: string;
  summary?: string;
  readingMinutes?: number;
};

/** Decodes, validates and normalizes one source file into an article; throws ImportError. */
export function parseArticleSource(file: string, content: Uint8Array): ImportedArticle {
  const name = path.basename(file);
  const fail = (reason: string): never => {
    throw new ImportError(name, reason);
  };
  if (content.byteLength === 0) fail("the file is empty");
  if (content.byteLength > MAX_FILE_BYTES) fail(`the file is larger than ${MAX_FILE_BYTES / 1_000_000} MB`);

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return fail("the file is not UTF-8 text");
  }
  if (text.includes("\u0000")) fail("the file is binary, not text");
  // Control characters have no place in an article (and search uses two as markers).
  text = repairMojibake(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ""));
  if (text.trim() === "") fail("the file is empty");

  const draft = parseDraft(name, text, fail);
  return finish(draft, fail);
}

function parseDraft(name: string, text: string, fail: (reason: string) => never): Draft {
  const split = splitFrontMatter(text);
  if (split && "error" in split) return fail(split.error);
  if (split) return fromFrontMatter(name, split.data, split.body, fail);

  const fileKey = `file:${name.replace(/\.[^.]+$/, "")}`;
  if (looksLikeMarkdown(text)) {
    const body = parseMarkdown(text);
    const title = takeLeadingTitle(body) ?? fail("no title: a Markdown article must open with a level-1 heading");
    return { ...emptyMeta(fileKey, "markdown"), title, body };
  }

  const plain = parsePlainText(text);
  if ("error" in plain) return fail(plain.error);
  return {
    ...emptyMeta(fileKey, "plain-text"),
    title: plain.title,
    topic: plain.category ?? null,
    readingMinutes: plain.readingMinutes,
    body: plain.body,
  };
}

function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6}\s+\S/m.test(text) || /^\S.*\n(=+|-+)[ \t]*$/m.test(text) || /^\s*[-*]\s+\S/m.test(text);
}

function emptyMeta(sourceKey: string, sourceFormat: ImportedArticle["sourceFormat"]): Omit<Draft, "title" | "body"> {
  return {
    sourceKey,
    sourceFormat,
    author: null,
    authorCredentials: null,
    topic: null,
    topicSlug: null,
    keywords: [],
    publishedOn: null,
    relatedRefs: [],
  };
}

function fromFrontMatter(name: string, data: unknown, rest: string, fail: (reason: string) => never): Draft {
  if (data === null || typeof data !== "object" || Array.isArray(data)) fail("front matter must be a list of `key: value` fields");
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`front matter field \`${issue.path.join(".")}\` ${issue.message}`);
  }
  const fm = parsed.data;

  // The QuickTakes export keeps the article in `answer`; other front matter
  // files carry it below the closing ---. Text in both places is kept, in order.
  const restTree = dropArtefacts(parseMarkdown(rest));
  let body: Root;
  if (fm.answer !== undefined) {
    body = parseMarkdown(unescapeAnswer(fm.answer));
    body.children.push(...restTree.children);
  } else {
    body = restTree;
  }
  const leadingTitle = takeLeadingTitle(body);
  const title = fm.title ?? fm.article_title ?? fm.question ?? leadingTitle ?? fail("front matter has no `title`");

  const keywordSource = fm.keywords ?? fm.seo?.page_keywords ?? [];
  const keywords = (typeof keywordSource === "string" ? keywordSource.split(",") : keywordSource)
    .map((k) => k.trim())
    .filter((k, i, all) => k !== "" && all.indexOf(k) === i);

  const topic = fm.subject ?? fm.category ?? fm.topic ?? null;
  const credentials = [fm.tutor_type, fm.degree].filter(Boolean).join(" · ") || null;
  return {
    ...emptyMeta(fm.id !== undefined ? `source-id:${fm.id}` : `file:${name.replace(/\.[^.]+$/, "")}`, fm.answer !== undefined ? "front-matter-answer" : "front-matter-markdown"),
    title,
    slug: fm.file_name ? articleSlug(fm.file_name.replace(/\.md$/i, "")) : undefined,
    summary: fm.summary ?? fm.seo?.page_description,
    author: fm.author ?? null,
    authorCredentials: credentials,
    topic,
    keywords,
    publishedOn: fm.date ?? null,
    relatedRefs: relatedRefs(fm, fail),
    body,
  };
}

// related_article1..N point at other articles of the source site; we keep
// them as references and link only those that exist here (see queries).
function relatedRefs(fm: Record<string, unknown>, fail: (reason: string) => never): ImportedArticle["relatedRefs"] {
  const refs: ImportedArticle["relatedRefs"] = [];
  for (const [key, value] of Object.entries(fm)) {
    if (!/^related_article\d+$/.test(key)) continue;
    const ref = relatedRefSchema.safeParse(value);
    if (!ref.success) fail(`front matter field \`${key}\` needs an \`id\` and a \`title\``);
    const sourceKey = `source-id:${ref.data.id}`;
    if (!refs.some((r) => r.sourceKey === sourceKey)) refs.push({ sourceKey, title: ref.data.title.trim() });
  }
  return refs;
}

function summarize(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  return text.slice(0, SUMMARY_LENGTH).replace(/\s+\S*$/, "") + "…";
}

function finish(draft: Draft, fail: (reason: string) => never): ImportedArticle {
  const { body, ...meta } = draft;
  const cleaned = dropArtefacts(body);
  unwrapStyledHeadings(cleaned);
  normalizeHeadingLevels(cleaned);
  if (cleaned.children.length === 0) fail("the article has no text");
  const bodyText = toPlainText(cleaned);
  const summary = meta.summary?.trim() || summarize(firstParagraphText(cleaned) ?? "");
  const title = meta.title.replace(/\s+/g, " ").trim();

  const candidate = {
    ...meta,
    title,
    slug: meta.slug ?? articleSlug(title),
    summary,
    topic: meta.topic?.trim() || null,
    topicSlug: meta.topic?.trim() ? slugify(meta.topic) : null,
    bodyMarkdown: stringifyMarkdown(cleaned),
    bodyText,
    readingMinutes: meta.readingMinutes ?? readingMinutes(bodyText),
  };
  const result = importedArticleSchema.safeParse(candidate);
  if (!result.success) return fail(describe(result.error));
  return result.data;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = issue.path.join(".");
  return field === "bodyMarkdown" || field === "title" || field === "summary" ? issue.message : `${field}: ${issue.message}`;
}
