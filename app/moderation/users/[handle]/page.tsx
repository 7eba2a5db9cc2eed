import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { LiftSuspensionForm, StaffNoteForm, SuspendForm } from "@/components/moderation/member-forms";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { listLog } from "@/lib/moderation/audit";
import { formatMoment } from "@/lib/moderation/labels";
import { getMemberForStaff, listStaffNotes, suspensionRule } from "@/lib/moderation/users";
import { parseHandle } from "@/lib/profiles/handle";

export const metadata: Metadata = { title: "Member moderation", robots: { index: false } };

type Props = { params: Promise<{ handle: string }> };

// A member as staff see them: role, suspension, private notes, and the log
// of what moderators did to them.
export default async function MemberModerationPage({ params }: Props) {
  const raw = (await params).handle;
  const handle = parseHandle(raw);
  const actor = await requireRole(["moderator", "admin"], `/moderation/users/${handle ?? ""}`);
  if (!handle) notFound();
  const db = getDb();
  const found = getMemberForStaff(db, { actor, handle });
  if (!found.ok) return found.status === 404 ? notFound() : forbidden();
  const { member } = found;
  const notes = listStaffNotes(db, { actor, userId: member.id });
  const history = listLog(db, { actor, filters: { targetType: "user", targetId: member.id } });
  if (!notes.ok || !history.ok) forbidden();
  const cannotSuspend = suspensionRule(actor, member);
  const section = "mt-10";
  const h2 = "font-serif text-2xl font-semibold";

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/moderation" className="text-brand-700 hover:underline">
          Review queue
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">
        {member.displayName} <span className="text-stone-500">@{member.handle}</span>
      </h1>
      <dl className="mt-6 grid grid-cols-[9rem_1fr] gap-y-2 text-sm">
        <dt className="text-stone-500">Role</dt>
        <dd className="capitalize">{member.role}</dd>
        <dt className="text-stone-500">Member since</dt>
        <dd>{formatMoment(member.createdAt)}</dd>
        <dt className="text-stone-500">Suspension</dt>
        <dd>{member.suspension ? `Suspended until ${formatMoment(member.suspension.until)}: ${member.suspension.reason}` : "Not suspended"}</dd>
      </dl>
      <p className="mt-3 text-sm">
        <Link href={`/u/${member.handle}`} className="text-brand-700 underline">
          Public profile
        </Link>
      </p>

      <section aria-labelledby="suspension-heading" className={section}>
        <h2 id="suspension-heading" className={h2}>
          Suspension
        </h2>
        <p className="mt-1 text-sm text-stone-600">A suspended member can read but not post, is told why and until when, and can send one appeal.</p>
        <div className="mt-4 space-y-8">
          {member.suspension && <LiftSuspensionForm member={member} />}
          {cannotSuspend ? <p className="text-sm text-stone-600">{cannotSuspend}</p> : <SuspendForm member={member} suspended={!!member.suspension} />}
        </div>
      </section>

      <section aria-labelledby="notes-heading" className={section}>
        <h2 id="notes-heading" className={h2}>
          Staff notes
        </h2>
        {notes.notes.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">No notes yet.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {notes.notes.map((n) => (
              <li key={n.id} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
                <p className="whitespace-pre-wrap">{n.body}</p>
                <p className="mt-1 text-xs text-stone-500">
                  {n.author ? `${n.author.displayName} (@${n.author.handle})` : "A former staff member"}, {formatMoment(n.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4">
          <StaffNoteForm member={member} />
        </div>
      </section>

      <section aria-labelledby="history-heading" className={section}>
        <h2 id="history-heading" className={h2}>
          Moderation history
        </h2>
        {history.items.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">Nothing recorded.</p>
        ) : (
          <ul className="mt-3 space-y-1 text-sm">
            {history.items.map((e) => (
              <li key={e.id}>
                {formatMoment(e.at)} — {e.actionLabel} by {e.actorName}
                {e.reason ? `: ${e.reason}` : ""}
              </li>
            ))}
          </ul>
        )}
        {history.total > history.items.length && (
          <p className="mt-2 text-sm">
            <Link href={`/moderation/log?target=user&id=${member.id}`} className="text-brand-700 underline">
              More in the log
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
