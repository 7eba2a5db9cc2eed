"use client";

import { useActionState } from "react";
import { toggleGoalAction, type SpaceFormState } from "@/app/mentorships/[id]/actions";
import { idleState } from "@/lib/forms/form-state";
import { MentorshipField } from "./section";

export function GoalToggle({ mentorshipId, goalId, text, done }: { mentorshipId: number; goalId: number; text: string; done: boolean }) {
  const [state, action, pending] = useActionState<SpaceFormState, FormData>(toggleGoalAction, idleState);
  return (
    <form action={action} className="shrink-0">
      <MentorshipField mentorshipId={mentorshipId} />
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="done" value={done ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending || undefined}
        className="mt-0.5 inline-flex size-5 items-center justify-center rounded border border-stone-400 bg-white text-xs text-brand-900 hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-wait disabled:opacity-60"
      >
        <span aria-hidden>{pending ? "…" : done ? "✓" : ""}</span>
        <span className="sr-only">{done ? `Mark "${text}" not done` : `Mark "${text}" done`}</span>
      </button>
      {state.status === "error" && state.message && (
        <p role="status" className="mt-1 max-w-xs text-xs text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
