import Link from "next/link";
import { queueAction } from "@/app/moderation/actions";
import { FLAG_REASON_LABELS, formatMoment, MODERATION_LIMITS, memberHref, threadHref } from "@/lib/moderation/labels";
import type { Person, QueueEntry } from "@/lib/moderation/queue";
import type { FlagReason } from "@/db/schema/forum";
import { dangerButton, smallButton, smallInput } from "./form-tone";

type Props = { item: QueueEntry; page: number };

const EXCERPT = 1200;
const badge = "rounded-full px-2 py-0.5 text-xs font-medium";

function MemberLink({ person }: { person: Person | null }) {
  if (!person) return <span className="text-stone-500">a former member</span>;
  return (
    <Link href={memberHref(person.handle)} className="text-brand-700 underline">
      {person.displayName} <span className="text-stone-500">@{person.handle}</span>
    </Link>
  );
}

/** The decision form of one queue item: a reason, and a button per decision. Plain HTML: no script needed. */
function Decide({ kind, id, page, buttons, subject }: { kind: string; id: number; page: number; subject: string; buttons: { op: string; label: string; danger?: boolean }[] }) {
  const reasonId = `${kind}-${id}-reason`;
  return (
    <form action={queueAction} className="mt-3 flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="page" value={page} />
      <div className="min-w-56 flex-1">
        <label htmlFor={reasonId} className="block text-xs font-medium text-stone-700">
          Reason<span className="sr-only"> for {subject}</span>
        </label>
        <input id={reasonId} name="reason" maxLength={MODERATION_LIMITS.reason} placeholder="Optional; shown to the member" className={smallInput} />
      </div>
      {buttons.map((b) => (
        <button key={b.op} type="submit" name="op" value={b.op} className={b.danger ? dangerButton : smallButton}>
          {b.label}
          <span className="sr-only"> ({subject})</span>
        </button>
      ))}
    </form>
  );
}

// One entry of the review queue: a post with its flags, a report from a
// mentorship space (its text only), or a suspended member's appeal.
export function QueueItem({ item, page }: Props) {
  const waiting = <span className="text-stone-500">waiting since {formatMoment(item.since)}</span>;

  if (item.kind === "post") {
    const { post, thread, author, flags, reasonCounts } = item;
    const subject = `post ${post.id}`;
    const body = post.body.length > EXCERPT ? `${post.body.slice(0, EXCERPT)}…` : post.body;
    const counts = (Object.entries(reasonCounts) as [FlagReason, number][]).map(([r, n]) => `${n} × ${FLAG_REASON_LABELS[r]}`).join(", ");
    const buttons = [
      { op: "approve", label: "Approve post" },
      ...(!post.hiddenAt || flags.length > 0 ? [{ op: "hide", label: "Hide post" }] : []),
      { op: "remove", label: "Remove post", danger: true },
      ...(post.hiddenAt ? [{ op: "restore", label: "Restore post" }] : []),
    ];
    return (
      <article aria-label={`Post ${post.id} in “${thread.title}”`} className="py-5">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className={`${badge} bg-stone-200 text-stone-800`}>Post</span>
          {post.hiddenAt && <span className={`${badge} bg-amber-100 text-amber-900`}>Hidden</span>}
          {waiting}
        </p>
        <h2 className="mt-1 font-medium">
          <Link href={threadHref(thread.id, post.id)} className="text-brand-700 hover:underline">
            {thread.title}
          </Link>
          {thread.hidden && <span className="ml-2 text-sm font-normal text-amber-900">(thread hidden)</span>}
        </h2>
        <p className="text-sm text-stone-600">
          by <MemberLink person={author} />, {formatMoment(post.createdAt)}
        </p>
        <blockquote className="mt-2 border-l-4 border-stone-200 pl-3 text-sm whitespace-pre-wrap text-stone-800">{body}</blockquote>
        {post.hiddenReason && <p className="mt-2 text-sm text-amber-900">Hidden: {post.hiddenReason}</p>}
        {flags.length > 0 && (
          <div className="mt-2 text-sm">
            <p className="font-medium">
              {flags.length === 1 ? "1 open flag" : `${flags.length} open flags`}: {counts}
            </p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 text-stone-700">
              {flags.map((f, i) => (
                <li key={i}>
                  {FLAG_REASON_LABELS[f.reason]}
                  {f.note ? `: “${f.note}”` : ""} — <MemberLink person={f.flagger} />, {formatMoment(f.createdAt)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <Decide kind="post" id={post.id} page={page} subject={subject} buttons={buttons} />
      </article>
    );
  }

  if (item.kind === "report") {
    const subject = `report ${item.id}`;
    return (
      <article aria-label={`Report ${item.id} from mentorship ${item.mentorshipId}`} className="py-5">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className={`${badge} bg-violet-100 text-violet-900`}>Mentorship report</span>
          {waiting}
        </p>
        <h2 className="mt-1 font-medium">Report from mentorship #{item.mentorshipId}</h2>
        <p className="text-sm text-stone-600">
          by <MemberLink person={item.reporter} />
          {item.otherMember && (
            <>
              , about <MemberLink person={item.otherMember} />
            </>
          )}
        </p>
        <blockquote className="mt-2 border-l-4 border-stone-200 pl-3 text-sm whitespace-pre-wrap text-stone-800">{item.reason}</blockquote>
        <p className="mt-1 text-xs text-stone-500">The mentorship&apos;s messages stay private: only the report is shown.</p>
        <Decide kind="report" id={item.id} page={page} subject={subject} buttons={[{ op: "resolve", label: "Mark report resolved" }]} />
      </article>
    );
  }

  const subject = `appeal by ${item.member.displayName}`;
  return (
    <article aria-label={`Appeal by ${item.member.displayName}`} className="py-5">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className={`${badge} bg-sky-100 text-sky-900`}>Appeal</span>
        {waiting}
      </p>
      <h2 className="mt-1 font-medium">
        Appeal by <MemberLink person={item.member} />
      </h2>
      <p className="text-sm text-stone-600">
        {item.current
          ? `Suspended until ${formatMoment(item.current.until)}${item.current.reason ? `: ${item.current.reason}` : ""}`
          : `The suspension it answers (until ${formatMoment(item.suspendedUntil)}) has ended.`}
      </p>
      <blockquote className="mt-2 border-l-4 border-stone-200 pl-3 text-sm whitespace-pre-wrap text-stone-800">{item.body}</blockquote>
      <Decide
        kind="appeal"
        id={item.id}
        page={page}
        subject={subject}
        buttons={[
          { op: "uphold", label: "Keep suspension" },
          { op: "lift", label: "Lift suspension" },
        ]}
      />
    </article>
  );
}
