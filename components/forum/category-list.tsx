import Link from "next/link";
import type { CategorySummary } from "@/lib/forum/categories";
import { PostTime } from "./post-time";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** /forum: each category with its description, counts and latest activity. */
export function CategoryList({ categories }: { categories: CategorySummary[] }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {categories.map((c) => (
        <li key={c.id} className="grid gap-3 p-4 sm:grid-cols-[1fr_10rem_16rem] sm:items-center">
          <div>
            <h2 className="font-serif text-xl font-semibold">
              <Link href={`/forum/${c.slug}`} className="hover:text-brand-700 hover:underline">
                {c.name}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-600">{c.description}</p>
          </div>
          <p className="text-sm text-stone-700">
            {plural(c.threadCount, "thread", "threads")}
            <br />
            {plural(c.postCount, "post", "posts")}
          </p>
          <div className="min-w-0 text-sm text-stone-600">
            {c.latest ? (
              <>
                <span className="sr-only">Latest activity: </span>
                <Link href={`/forum/t/${c.latest.threadId}`} className="block truncate font-medium text-stone-800 hover:text-brand-700 hover:underline">
                  {c.latest.title}
                </Link>
                <span>
                  {c.latest.by ? `${c.latest.by.displayName}, ` : ""}
                  <PostTime date={c.latest.at} />
                </span>
              </>
            ) : (
              <span>No threads yet</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
