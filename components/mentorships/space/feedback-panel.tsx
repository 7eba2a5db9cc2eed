import type { FeedbackEntry, FeedbackView } from "@/lib/mentorships/feedback";
import { FeedbackForm } from "./feedback-form";

function Stars({ rating }: { rating: number }) {
  return (
    <span>
      <span aria-hidden className="text-amber-600">
        {"★".repeat(rating)}
        <span className="text-stone-300">{"★".repeat(5 - rating)}</span>
      </span>{" "}
      <span className="text-sm text-stone-700">{rating} out of 5</span>
    </span>
  );
}

function Entry({ title, entry }: { title: string; entry: FeedbackEntry }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="font-medium text-stone-900">{title}</h3>
      <p className="mt-1">
        <Stars rating={entry.rating} />
      </p>
      {entry.comment && <p className="mt-2 whitespace-pre-line text-stone-800">{entry.comment}</p>}
    </div>
  );
}

// Each side's feedback, and the other's once it is revealed (both have
// written, or the 14 days are over). lib/mentorships/feedback decides what
// is revealed: this only shows what it was given.
export function FeedbackPanel({ mentorshipId, view, canWrite, commentMax }: { mentorshipId: number; view: Exclude<FeedbackView, { phase: "unavailable" }>; canWrite: boolean; commentMax: number }) {
  const { theirs, otherName } = view;
  return (
    <div className="space-y-4">
      {view.mine ? <Entry title="Your feedback" entry={view.mine} /> : null}
      <p className="text-sm text-stone-600">{view.mineNote}</p>
      {canWrite && <FeedbackForm mentorshipId={mentorshipId} otherName={otherName} max={commentMax} />}
      {theirs.state === "revealed" ? (
        <Entry title={`${otherName}’s feedback`} entry={theirs.feedback} />
      ) : (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">{theirs.note}</p>
      )}
    </div>
  );
}
