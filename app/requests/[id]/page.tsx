import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerForm, MentorDecision, WithdrawForm } from "@/components/mentorships/requests/request-forms";
import { RequestStatusBadge } from "@/components/mentorships/requests/request-status";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { isOpen } from "@/lib/mentorships/request-machine";
import { DECLINE_REASON_LABELS } from "@/lib/mentorships/request-schema";
import { parseRowId } from "@/lib/mentorships/space-schema";
import { getRequestFor } from "@/lib/mentorships/requests";

export const metadata: Metadata = { title: "Mentorship request", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> };

function Quote({ who, children }: { who: string; children: React.ReactNode }) {
  return (
    <figure className="mt-4 rounded-md border border-stone-200 bg-white p-4">
      <figcaption className="text-sm font-medium text-stone-600">{who}</figcaption>
      <blockquote className="mt-2 whitespace-pre-line text-stone-900">{children}</blockquote>
    </figure>
  );
}

// Only the request's two people see it; anyone else gets the same 404 as
// for an id that does not exist, so ids reveal nothing.
export default async function RequestPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const id = parseRowId(raw);
  if (!id) notFound();
  const actor = await requireUser(`/requests/${id}`);
  const view = getRequestFor(getDb(), { actor, requestId: id });
  if (!view) notFound();
  const { request: r, side, learner, mentor } = view;
  const other = side === "learner" ? mentor : learner;
  const justSent = (await searchParams).sent === "1" && side === "learner";

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href="/mentorships" className="text-brand-700 underline">
          ← My mentorships
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{side === "learner" ? `Your request to ${mentor.displayName}` : `Request from ${learner.displayName}`}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-stone-600">
        <RequestStatusBadge status={r.status} />
        <span>Sent {formatDate(r.createdAt)}</span>
        {isOpen(r.status) && <span>· expires {formatDate(r.expiresAt)} unless answered</span>}
      </p>
      {justSent && (
        <p role="status" className="mt-4 rounded-md bg-brand-50 px-3 py-2 text-brand-900">
          Request sent. {mentor.displayName} will see it in their mentorships.
        </p>
      )}

      <Quote who={side === "learner" ? "Your message" : `${learner.displayName} wrote`}>{r.message}</Quote>
      <section aria-labelledby="goals-heading" className="mt-6">
        <h2 id="goals-heading" className="font-serif text-xl font-semibold">
          Goals
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {r.goals.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      </section>

      {r.question && <Quote who={side === "mentor" ? "Your question" : `${mentor.displayName} asked`}>{r.question}</Quote>}
      {r.answer && <Quote who={side === "learner" ? "Your answer" : `${learner.displayName} answered`}>{r.answer}</Quote>}

      {r.status === "declined" && (
        <div className="mt-6 rounded-md bg-stone-100 p-4">
          <p className="font-medium">Declined: {r.declineReason ? DECLINE_REASON_LABELS[r.declineReason] : ""}</p>
          {r.declineNote && <p className="mt-1 whitespace-pre-line">{r.declineNote}</p>}
        </div>
      )}
      {r.status === "expired" && <p className="mt-6 rounded-md bg-stone-100 p-4">This request expired on {formatDate(r.closedAt ?? r.expiresAt)} without an answer.</p>}
      {view.mentorshipId && (
        <p className="mt-6">
          <Link href={`/mentorships/${view.mentorshipId}`} className="font-medium text-brand-700 underline">
            Go to the mentorship with {other.displayName}
          </Link>
        </p>
      )}

      {isOpen(r.status) && (
        <section aria-labelledby="next-heading" className="mt-8 border-t border-stone-200 pt-6">
          <h2 id="next-heading" className="font-serif text-xl font-semibold">
            {side === "mentor" ? "Your decision" : "What you can do"}
          </h2>
          <div className="mt-4 space-y-6">
            {side === "mentor" && r.status === "needs_info" && <p className="text-stone-700">Waiting for {learner.displayName}&rsquo;s answer. You can still decide now.</p>}
            {side === "mentor" && <MentorDecision requestId={r.id} canAsk={r.status === "pending" && !r.question} learnerName={learner.displayName} />}
            {side === "learner" && r.status === "needs_info" && <AnswerForm requestId={r.id} />}
            {side === "learner" && <WithdrawForm requestId={r.id} />}
          </div>
        </section>
      )}
    </div>
  );
}
