import Link from "next/link";
import type { Topic } from "@/lib/articles/types";

const chip = "rounded-full border px-3 py-1 text-sm";
const on = "border-brand-700 bg-brand-700 text-white";
const off = "border-stone-300 text-stone-700 hover:border-brand-600 hover:text-brand-700";

export function TopicFilter({ topics, current }: { topics: Topic[]; current?: string }) {
  return (
    <nav aria-label="Filter by topic">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href="/articles" aria-current={current ? undefined : "page"} className={`${chip} ${current ? off : on}`}>
            All topics
          </Link>
        </li>
        {topics.map((t) => (
          <li key={t.topicSlug}>
            <Link
              href={`/articles/topic/${t.topicSlug}`}
              aria-current={current === t.topicSlug ? "page" : undefined}
              className={`${chip} ${current === t.topicSlug ? on : off}`}
            >
              {t.topic}
              <span className="ml-1.5 text-xs opacity-75">
                <span className="sr-only">(</span>
                {t.count}
                <span className="sr-only"> {t.count === 1 ? "article" : "articles"})</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
