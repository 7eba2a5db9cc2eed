import "server-only";
import type { Db } from "@/db/client";
import type { MentorshipStatus } from "@/db/schema";
import { activeSuspension, type Suspension } from "@/lib/accounts/suspension";
import { memberOf, suspensionMessage, type Person, type Side } from "./access";
import { feedbackView, type FeedbackView } from "./feedback";
import { goalsOf, type Goal } from "./goals";
import { messagesOf, type MessagePage } from "./messages";
import { sessionsOf, type SessionLog } from "./sessions";
import { SPACE_LIMITS } from "./space-schema";

// Everything /mentorships/[id] shows, for one of its two members; null for
// anyone else (the page answers 404).

export type Space = {
  mentorship: {
    id: number;
    status: MentorshipStatus;
    createdAt: Date;
    endedAt: Date | null;
    endReason: string | null;
    /** "you", the other member's name, or null (not ended, or the account is gone). */
    endedBy: string | null;
  };
  side: Side;
  me: Person;
  other: Person;
  /** The viewer's time zone (their profile's, or UTC): times are shown and typed in it. */
  timeZone: string;
  goals: Goal[];
  messages: MessagePage;
  sessions: SessionLog;
  feedback: FeedbackView;
  suspension: (Suspension & { message: string }) | null;
  /** What the viewer may do now; lib/ checks again on every write. */
  can: { write: boolean; addGoal: boolean; end: boolean; report: boolean; leaveFeedback: boolean };
};

export function loadSpace(
  db: Db,
  { mentorshipId, viewerId, now = new Date(), before = null }: { mentorshipId: number; viewerId: number; now?: Date; before?: number | null },
): Space | null {
  const membership = memberOf(db, { mentorshipId, userId: viewerId });
  if (!membership) return null;
  const { mentorship, side, me, other } = membership;
  const suspension = activeSuspension(db, { userId: viewerId, now });
  const active = mentorship.status === "active";
  const write = active && !suspension;
  const goals = goalsOf(db, { mentorshipId });
  const feedback = feedbackView(db, { mentorshipId, viewerId, now });
  if (!feedback) return null;
  return {
    mentorship: {
      id: mentorship.id,
      status: mentorship.status,
      createdAt: mentorship.createdAt,
      endedAt: mentorship.endedAt,
      endReason: mentorship.endReason,
      endedBy: mentorship.endedBy === null ? null : mentorship.endedBy === me.id ? "you" : mentorship.endedBy === other.id ? other.displayName : null,
    },
    side,
    me: { id: me.id, displayName: me.displayName, handle: me.handle },
    other,
    timeZone: me.timeZone,
    goals,
    messages: messagesOf(db, { mentorshipId, viewerId, before }),
    sessions: sessionsOf(db, { mentorshipId, now }),
    feedback,
    suspension: suspension ? { ...suspension, message: suspensionMessage(suspension) } : null,
    can: {
      write,
      addGoal: write && goals.length < SPACE_LIMITS.goalsPerMentorship,
      end: write,
      report: !suspension,
      leaveFeedback: feedback.phase !== "unavailable" && feedback.canWrite,
    },
  };
}
