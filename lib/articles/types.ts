export type ArticleSummary = {
  slug: string;
  title: string;
  summary: string;
  author: string | null;
  topic: string | null;
  topicSlug: string | null;
  publishedOn: string | null;
  readingMinutes: number;
};

export type ArticleDetail = ArticleSummary & {
  id: number;
  bodyMarkdown: string;
  authorCredentials: string | null;
  keywords: string[];
  updatedAt: Date;
  // Set for guidance written here by a member: their profile is linked.
  authorHandle: string | null;
  authorName: string | null;
};

export type Topic = { topic: string; topicSlug: string; count: number };

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };
