import type { CommunityTotals } from "@/lib/admin/community-stats";
import { formatCount, formatDuration, formatPercent } from "@/lib/admin/format";

/** The window's totals at a glance; the charts below break them down by week. */
export function HeadlineNumbers({ totals, weeks }: { totals: CommunityTotals; weeks: number }) {
  const span = `last ${weeks} weeks`;
  const items: { label: string; value: string | null; detail: string }[] = [
    { label: "Members", value: formatCount(totals.members), detail: `${formatCount(totals.signUps)} joined in the ${span}` },
    { label: `Requests sent, ${span}`, value: formatCount(totals.requests), detail: `${formatCount(totals.accepted)} accepted, ${formatCount(totals.declined)} declined` },
    {
      label: "Acceptance rate",
      value: totals.acceptanceRate === null ? null : formatPercent(totals.acceptanceRate),
      detail: totals.acceptanceRate === null ? "no request decided yet" : `accepted, of the requests sent in the ${span} that mentors decided`,
    },
    {
      label: "Median first answer",
      value: totals.medianFirstAnswerSeconds === null ? null : formatDuration(totals.medianFirstAnswerSeconds),
      detail: totals.answered === 0 ? "no request answered yet" : `over ${formatCount(totals.answered)} answered ${totals.answered === 1 ? "request" : "requests"}`,
    },
    { label: "Active mentorships", value: formatCount(totals.activeMentorships), detail: "now" },
    { label: `Forum posts, ${span}`, value: formatCount(totals.forumPosts), detail: "not counting deleted ones" },
    { label: "Open flags", value: formatCount(totals.openFlags), detail: `${formatCount(totals.flagsRaised)} raised, ${formatCount(totals.flagsResolved)} resolved in the ${span}` },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">{item.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">
            {item.value ?? (
              <>
                <span aria-hidden="true">–</span>
                <span className="sr-only">none</span>
              </>
            )}
          </dd>
          <dd className="text-xs text-stone-600">{item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
