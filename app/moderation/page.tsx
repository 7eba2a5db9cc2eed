import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { FormMessage } from "@/components/forms/form-message";
import { QueueItem } from "@/components/moderation/queue-item";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { parsePage } from "@/lib/forum/schema";
import { listQueue } from "@/lib/moderation/queue";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 300) : undefined);

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export default async function ModerationQueuePage({ searchParams }: Props) {
  const actor = await requireRole(["moderator", "admin"], "/moderation");
  const params = await searchParams;
  const queue = listQueue(getDb(), { actor, page: parsePage(params.page) });
  if (!queue.ok) forbidden();
  const { counts } = queue;

  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Review queue</h1>
      <p className="mt-2 text-sm text-stone-600">
        Flagged and hidden posts, reports from mentorship spaces and appeals, oldest first.{" "}
        <Link href="/moderation/log" className="text-brand-700 underline">
          Audit log
        </Link>{" "}
        ·{" "}
        <Link href="/moderation/articles" className="text-brand-700 underline">
          Members&apos; articles
        </Link>
      </p>
      <div className="mt-4 space-y-2">
        <FormMessage tone="info" message={one(params.done)} />
        <FormMessage message={one(params.error)} />
      </div>
      {queue.total === 0 ? (
        <p className="mt-6 text-stone-600">Nothing waits for review.</p>
      ) : (
        <>
          <p className="mt-6 text-sm text-stone-700">
            {plural(counts.post, "post", "posts")}, {plural(counts.report, "report", "reports")}, {plural(counts.appeal, "appeal", "appeals")} waiting.
          </p>
          <div className="mt-2 divide-y divide-stone-200">
            {queue.items.map((item) => (
              <QueueItem key={item.kind === "post" ? `post-${item.post.id}` : `${item.kind}-${item.id}`} item={item} page={queue.page} />
            ))}
          </div>
        </>
      )}
      <Pagination page={queue.page} pageCount={queue.pageCount} hrefFor={(p) => (p === 1 ? "/moderation" : `/moderation?page=${p}`)} label="Queue pages" />
    </div>
  );
}
