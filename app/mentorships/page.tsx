import type { Metadata } from "next";
import Link from "next/link";
import { RequestStatusBadge } from "@/components/mentorships/requests/request-status";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { mentorshipOverview, type MentorshipSummary, type RequestSummary } from "@/lib/mentorships/lists";

export const metadata: Metadata = { title: "My mentorships", robots: { index: false } };

function Section({ id, title, empty, children, count }: { id: string; title: string; empty: React.ReactNode; children: React.ReactNode; count: number }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="font-serif text-xl font-semibold">
        {title} <span className="text-base font-normal text-stone-500">({count})</span>
      </h2>
      {count === 0 ? <p className="mt-2 text-stone-600">{empty}</p> : <ul className="mt-3 divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">{children}</ul>}
    </section>
  );
}

function RequestRow({ r, verb }: { r: RequestSummary; verb: "to" | "from" }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
      <div>
        <Link href={`/requests/${r.id}`} className="font-medium text-brand-700 underline">
          Request {verb} {r.other.displayName}
        </Link>
        <p className="text-sm text-stone-600">
          Sent {formatDate(r.createdAt)} · {r.goals.length} {r.goals.length === 1 ? "goal" : "goals"}
        </p>
      </div>
      <RequestStatusBadge status={r.status} />
    </li>
  );
}

function MentorshipRow({ m }: { m: MentorshipSummary }) {
  const role = m.side === "learner" ? "Your mentor" : "Your mentee";
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
      <div>
        <Link href={`/mentorships/${m.id}`} className="font-medium text-brand-700 underline">
          {m.other.displayName}
        </Link>
        <p className="text-sm text-stone-600">
          {role} · since {formatDate(m.createdAt)}
          {m.endedAt && ` · ${m.status} ${formatDate(m.endedAt)}`}
        </p>
      </div>
    </li>
  );
}

export default async function MyMentorshipsPage() {
  const user = await requireUser("/mentorships");
  const o = mentorshipOverview(getDb(), { userId: user.id });
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">My mentorships</h1>
      {o.awaitingYou > 0 && (
        <p role="status" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          {o.awaitingYou === 1 ? "1 request is waiting for you." : `${o.awaitingYou} requests are waiting for you.`}
        </p>
      )}
      {o.pausedReason && (
        <div className="mt-4 rounded-md bg-amber-50 px-4 py-3 text-amber-900">
          <p className="font-medium">New requests to you are paused.</p>
          <p className="mt-1">{o.pausedReason}</p>
          <p className="mt-1">
            <Link href="/account/profile" className="underline">
              Edit your profile
            </Link>
          </p>
        </div>
      )}

      <Section id="active-heading" title="Active mentorships" count={o.active.length} empty="No active mentorship yet.">
        {o.active.map((m) => (
          <MentorshipRow key={m.id} m={m} />
        ))}
      </Section>

      {(o.received.length > 0 || user.role === "mentor") && (
        <Section id="received-heading" title="Requests you received" count={o.received.length} empty="No requests yet. Learners find you in the directory and in their matches.">
          {o.received.map((r) => (
            <RequestRow key={r.id} r={r} verb="from" />
          ))}
        </Section>
      )}

      <Section
        id="sent-heading"
        title="Requests you sent"
        count={o.sent.length}
        empty={
          <>
            You have not asked anyone yet.{" "}
            <Link href="/match" className="text-brand-700 underline">
              See mentors who match you
            </Link>{" "}
            or{" "}
            <Link href="/mentors" className="text-brand-700 underline">
              browse the directory
            </Link>
            .
          </>
        }
      >
        {o.sent.map((r) => (
          <RequestRow key={r.id} r={r} verb="to" />
        ))}
      </Section>

      <Section id="past-heading" title="Past mentorships" count={o.past.length} empty="None yet.">
        {o.past.map((m) => (
          <MentorshipRow key={m.id} m={m} />
        ))}
      </Section>
    </div>
  );
}
