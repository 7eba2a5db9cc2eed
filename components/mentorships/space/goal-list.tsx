import type { Goal } from "@/lib/mentorships/goals";
import { formatInZone } from "@/lib/mentorships/sessions";
import { SPACE_LIMITS } from "@/lib/mentorships/space-schema";
import { AddGoalForm } from "./add-goal-form";
import { GoalToggle } from "./goal-toggle";

type Props = { mentorshipId: number; goals: Goal[]; canWrite: boolean; canAdd: boolean; timeZone: string };

// The checklist. Each goal is ticked with a small form of its own (a button
// named `Mark "<goal>" done`), so it works with the keyboard and without JavaScript.
export function GoalList({ mentorshipId, goals, canWrite, canAdd, timeZone }: Props) {
  const done = goals.filter((g) => g.done).length;
  return (
    <div>
      {goals.length === 0 ? (
        <p className="text-stone-600">No goals yet.</p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            {done} of {goals.length} done
          </p>
          <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {goals.map((g) => (
              <li key={g.id} className="flex items-start gap-3 px-4 py-3">
                {canWrite ? (
                  <GoalToggle mentorshipId={mentorshipId} goalId={g.id} text={g.text} done={g.done} />
                ) : (
                  <span aria-hidden className="mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded border border-stone-400 text-xs">
                    {g.done ? "✓" : ""}
                  </span>
                )}
                <div className="min-w-0">
                  <p className={g.done ? "text-stone-500 line-through" : "text-stone-900"}>
                    {g.text}
                    <span className="sr-only">{g.done ? " (done)" : " (not done)"}</span>
                  </p>
                  {g.done && g.doneAt && (
                    <p className="text-xs text-stone-500">
                      Done{g.doneByName ? ` by ${g.doneByName}` : ""} on <time dateTime={g.doneAt.toISOString()}>{formatInZone(g.doneAt, timeZone)}</time>
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {canAdd && (
        <div className="mt-4">
          <AddGoalForm mentorshipId={mentorshipId} min={SPACE_LIMITS.goal.min} max={SPACE_LIMITS.goal.max} />
        </div>
      )}
      {canWrite && !canAdd && <p className="mt-4 text-sm text-stone-600">This mentorship has {SPACE_LIMITS.goalsPerMentorship} goals, the most it can hold.</p>}
    </div>
  );
}
