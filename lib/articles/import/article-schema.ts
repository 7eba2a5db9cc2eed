import { z } from "zod";

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

// The front matter fields we understand; unknown fields (seo titles, scores,
// display formats) are allowed and ignored.
export const frontMatterSchema = z.looseObject({
  id: z.union([z.number().int(), z.string().regex(/^[\w-]{1,64}$/)]).optional(),
  title: z.string().optional(),
  article_title: z.string().optional(),
  question: z.string().optional(),
  author: z.string().optional(),
  degree: z.string().optional(),
  tutor_type: z.string().optional(),
  summary: z.string().optional(),
  subject: z.string().optional(),
  category: z.string().optional(),
  topic: z.string().optional(),
  date: isoDate.optional(),
  keywords: z.union([z.array(z.string()), z.string()]).optional(),
  seo: z.looseObject({ page_description: z.string().optional(), page_keywords: z.string().optional() }).optional(),
  answer: z.string().optional(),
  file_name: z.string().optional(),
});

export const relatedRefSchema = z.looseObject({
  id: z.union([z.number().int(), z.string()]),
  title: z.string().min(1),
});

/** What an imported article must satisfy before it is written. */
export const importedArticleSchema = z.object({
  sourceKey: z.string().min(1).max(200),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be lowercase words joined by hyphens").max(100),
  title: z.string().trim().min(1, "title is empty").max(200, "title is longer than 200 characters"),
  summary: z.string().trim().min(1, "summary is empty").max(1000, "summary is longer than 1000 characters"),
  bodyMarkdown: z.string().trim().min(1, "the article has no text").max(200_000, "the article is longer than 200,000 characters"),
  bodyText: z.string(),
  author: z.string().trim().min(1).max(120).nullable(),
  authorCredentials: z.string().trim().min(1).max(200).nullable(),
  topic: z.string().trim().min(1).max(80).nullable(),
  topicSlug: z.string().min(1).max(80).nullable(),
  keywords: z.array(z.string().trim().min(1).max(60)).max(40),
  publishedOn: isoDate.nullable(),
  readingMinutes: z.number().int().min(1).max(600),
  relatedRefs: z.array(z.object({ sourceKey: z.string(), title: z.string() })).max(20),
  sourceFormat: z.enum(["front-matter-answer", "front-matter-markdown", "markdown", "plain-text"]),
});

export type ImportedArticle = z.infer<typeof importedArticleSchema>;
