import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormMessage } from "@/components/forms/form-message";
import { EndForm } from "@/components/mentorships/space/end-form";
import { FeedbackPanel } from "@/components/mentorships/space/feedback-panel";
import { GoalList } from "@/components/mentorships/space/goal-list";
import { MessageForm } from "@/components/mentorships/space/message-form";
import { MessageList } from "@/components/mentorships/space/message-list";
import { ReportForm } from "@/components/mentorships/space/report-form";
import { SpaceSection } from "@/components/mentorships/space/section";
import { SessionForm } from "@/components/mentorships/space/session-form";
import { SessionList } from "@/components/mentorships/space/session-list";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { formatInZone } from "@/lib/mentorships/sessions";
import { loadSpace } from "@/lib/mentorships/space";
import { idSchema, parseRowId, SPACE_LIMITS } from "@/lib/mentorships/space-schema";

export const metadata: Metadata = { title: "Your mentorship", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_LABELS = { active: "Active", completed: "Completed", cancelled: "Cancelled" } as const;

// The space two members share: goals, sessions, messages, and at the end
// feedback. Only its two members see it; anyone else, moderators included,
// gets the same 404 as for an id that does not exist.
export default async function MentorshipSpacePage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const user = await requireUser(`/mentorships/${encodeURIComponent(raw)}`);
  const id = parseRowId(raw);
  const query = await searchParams;
  const beforeRaw = query.before;
  const before = typeof beforeRaw === "string" ? idSchema.safeParse(beforeRaw).data ?? null : null;
  const space = id ? loadSpace(getDb(), { mentorshipId: id, viewerId: user.id, before }) : null;
  if (!space) notFound();

  const { mentorship: m, other, can, timeZone } = space;
  const ended = m.status !== "active";
  const when = (d: Date) => <time dateTime={d.toISOString()}>{formatInZone(d, timeZone)}</time>;

  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-6 text-sm">
        <Link href="/mentorships" className="text-brand-700 hover:underline">
          ← Your mentorships
        </Link>
      </nav>
      <header>
        <h1 className="font-serif text-3xl font-semibold">Mentorship with {other.displayName}</h1>
        <p className="mt-2 text-stone-600">
          You are the {space.side} and{" "}
          <Link href={`/u/${other.handle}`} className="text-brand-700 underline">
            {other.displayName}
          </Link>{" "}
          the {space.side === "learner" ? "mentor" : "learner"}. Started on {when(m.createdAt)}.{" "}
          <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-medium ${ended ? "bg-stone-200 text-stone-800" : "bg-brand-100 text-brand-900"}`}>{STATUS_LABELS[m.status]}</span>
        </p>
      </header>

      {space.suspension && (
        <div className="mt-6">
          <FormMessage message={space.suspension.message} />
        </div>
      )}

      {ended && (
        <div role="note" className="mt-6 rounded-lg border border-stone-300 bg-stone-50 p-4 text-stone-800">
          <p>
            This mentorship was {m.status}
            {m.endedAt && <> on {when(m.endedAt)}</>}
            {m.endedBy && <> by {m.endedBy}</>}. It is now read-only.
          </p>
          {m.endReason && <p className="mt-2 whitespace-pre-line">Reason: {m.endReason}</p>}
        </div>
      )}

      <SpaceSection id="goals" title="Goals">
        <GoalList mentorshipId={m.id} goals={space.goals} canWrite={can.write} canAdd={can.addGoal} timeZone={timeZone} />
      </SpaceSection>

      <SpaceSection id="sessions" title="Sessions">
        <SessionList mentorshipId={m.id} log={space.sessions} timeZone={timeZone} otherName={other.displayName} ended={ended} />
        {can.write && (
          <div className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
            <h3 className="mb-3 font-medium text-stone-900">Log or plan a session</h3>
            <SessionForm mentorshipId={m.id} timeZone={timeZone} limits={{ minDuration: SPACE_LIMITS.duration.min, maxDuration: SPACE_LIMITS.duration.max, text: SPACE_LIMITS.sessionText }} />
          </div>
        )}
      </SpaceSection>

      <SpaceSection id="messages" title="Conversation">
        <MessageList mentorshipId={m.id} page={space.messages} timeZone={timeZone} />
        {can.write && (
          <div className="mt-4">
            <MessageForm mentorshipId={m.id} max={SPACE_LIMITS.message.max} sent={query.sent === "message"} />
          </div>
        )}
      </SpaceSection>

      {space.feedback.phase !== "unavailable" && (
        <SpaceSection id="feedback" title="Feedback" intro="Each of you can rate the other once. Neither sees the other's feedback until both have written, or 14 days after the end.">
          <FeedbackPanel mentorshipId={m.id} view={space.feedback} canWrite={can.leaveFeedback} commentMax={SPACE_LIMITS.feedbackComment} />
        </SpaceSection>
      )}

      {can.end && (
        <SpaceSection id="end" title="End the mentorship" intro="Complete it when your goals are met, or cancel it. Ending is final: the space becomes read-only.">
          <EndForm mentorshipId={m.id} otherName={other.displayName} max={SPACE_LIMITS.endReason} />
        </SpaceSection>
      )}

      {can.report && (
        <SpaceSection id="report" title="Report a problem" intro="If something is wrong in this mentorship, tell the moderators.">
          <ReportForm mentorshipId={m.id} min={SPACE_LIMITS.report.min} max={SPACE_LIMITS.report.max} />
        </SpaceSection>
      )}
    </div>
  );
}
