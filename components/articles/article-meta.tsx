import Link from "next/link";
import { formatIsoDate } from "@/lib/format";

type Props = {
  author: string | null;
  publishedOn: string | null;
  topic: string | null;
  topicSlug: string | null;
  readingMinutes: number;
  // Members' guidance links to its author's profile.
  authorHandle?: string | null;
};

export function ArticleMeta({ author, authorHandle, publishedOn, topic, topicSlug, readingMinutes }: Props) {
  const parts = [
    author &&
      (authorHandle ? (
        <Link key="author" href={`/u/${authorHandle}`} className="text-brand-700 hover:underline">
          {author}
        </Link>
      ) : (
        <span key="author">{author}</span>
      )),
    publishedOn && (
      <time key="date" dateTime={publishedOn}>
        {formatIsoDate(publishedOn)}
      </time>
    ),
    topic && topicSlug && (
      <Link key="topic" href={`/articles/topic/${topicSlug}`} className="text-brand-700 hover:underline">
        {topic}
      </Link>
    ),
    <span key="time">{readingMinutes} min read</span>,
  ].filter(Boolean);
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-stone-600">
      {parts.map((part, i) => (
        <span key={i} className="flex items-center gap-x-2">
          {i > 0 && <span aria-hidden="true">·</span>}
          {part}
        </span>
      ))}
    </p>
  );
}
