import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { parsePage } from "@/lib/forum/schema";
import { listLog } from "@/lib/moderation/audit";
import { parseRowId } from "@/lib/moderation/schema";
import { formatMoment, LOG_ACTION_LABELS, LOG_ACTIONS, TARGET_TYPE_LABELS, TARGET_TYPES } from "@/lib/moderation/labels";

export const metadata: Metadata = { title: "Moderation log", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 100) : undefined);

const control = "mt-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

// Every moderator action, newest first; the filters live in the URL (a plain
// GET form), so a filtered view can be shared with another moderator.
export default async function ModerationLogPage({ searchParams }: Props) {
  const actor = await requireRole(["moderator", "admin"], "/moderation/log");
  const params = await searchParams;
  const targetId = parseRowId(one(params.id)) ?? undefined;
  const log = listLog(getDb(), { actor, filters: { action: one(params.action), actorHandle: one(params.moderator), targetType: one(params.target), targetId, page: parsePage(params.page) } });
  if (!log.ok) forbidden();
  const { action, actorHandle, targetType } = log.filters;
  const query = (page: number) => {
    const q = new URLSearchParams();
    if (action) q.set("action", action);
    if (actorHandle) q.set("moderator", actorHandle);
    if (targetType) q.set("target", targetType);
    if (targetType && targetId) q.set("id", String(targetId));
    if (page > 1) q.set("page", String(page));
    const s = q.toString();
    return s ? `/moderation/log?${s}` : "/moderation/log";
  };

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Moderation log</h1>
      <p className="mt-2 text-sm text-stone-600">
        Who did what, to what, why and when. Nobody can change or delete an entry.{" "}
        <Link href="/moderation" className="text-brand-700 underline">
          Review queue
        </Link>
      </p>
      <form method="get" action="/moderation/log" role="search" aria-label="Filter the log" className="mt-6 flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium text-stone-800">Action</span>
          <select name="action" defaultValue={action ?? ""} className={control}>
            <option value="">Any action</option>
            {LOG_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {LOG_ACTION_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium text-stone-800">Moderator (handle)</span>
          <input name="moderator" defaultValue={actorHandle ?? ""} maxLength={64} placeholder="e.g. mona" className={control} />
        </label>
        <label className="text-sm">
          <span className="block font-medium text-stone-800">Target</span>
          <select name="target" defaultValue={targetType ?? ""} className={control}>
            <option value="">Anything</option>
            {TARGET_TYPES.map((t) => (
              <option key={t} value={t}>
                {TARGET_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:border-brand-600">
          Filter
        </button>
        {targetType && targetId && <p className="w-full text-sm text-stone-600">Only {TARGET_TYPE_LABELS[targetType].toLowerCase()} #{targetId}.</p>}
        {(action || actorHandle || targetType) && (
          <Link href="/moderation/log" className="py-1.5 text-sm text-brand-700 underline">
            Clear filters
          </Link>
        )}
      </form>
      <p className="mt-4 text-sm text-stone-600">{log.total === 1 ? "1 entry" : `${log.total.toLocaleString("en-GB")} entries`}</p>
      {log.items.length > 0 && (
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-3">When</th>
              <th scope="col" className="pr-3">Who</th>
              <th scope="col" className="pr-3">Action</th>
              <th scope="col" className="pr-3">Target</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {log.items.map((e) => (
              <tr key={e.id} className="border-b border-stone-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">{formatMoment(e.at)}</td>
                <td className="py-2 pr-3">
                  {e.actorName}
                  {e.actorHandle && <span className="text-stone-500"> @{e.actorHandle}</span>}
                </td>
                <td className="py-2 pr-3">{e.actionLabel}</td>
                <td className="py-2 pr-3 break-words">
                  {e.target.href ? (
                    <Link href={e.target.href} className="text-brand-700 hover:underline">
                      {e.target.label}
                    </Link>
                  ) : (
                    e.target.label
                  )}
                </td>
                <td className="py-2 break-words whitespace-pre-wrap">{e.reason ?? <span className="text-stone-400">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={log.page} pageCount={log.pageCount} hrefFor={query} label="Log pages" />
    </div>
  );
}
