"use client";

import { useActionState } from "react";
import { endMentorshipAction, type SpaceFormState } from "@/app/mentorships/[id]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState } from "@/lib/forms/form-state";
import { toneOf } from "./form-tone";
import { MentorshipField } from "./section";

// One reason, two ways to end: the button pressed says which.
export function EndForm({ mentorshipId, otherName, max }: { mentorshipId: number; otherName: string; max: number }) {
  const [state, action, pending] = useActionState<SpaceFormState, FormData>(endMentorshipAction, idleState);
  const button = "rounded-md px-4 py-2 text-sm font-medium disabled:cursor-wait disabled:opacity-70";
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <MentorshipField mentorshipId={mentorshipId} />
      <TextAreaField
        name="endReason"
        label="Reason"
        rows={3}
        maxLength={max}
        defaultValue={state.values?.endReason}
        errors={state.fieldErrors?.endReason ?? state.fieldErrors?.outcome}
        hint={`Required to cancel, optional to complete. ${otherName} will see it.`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" name="outcome" value="completed" disabled={pending} className={`${button} bg-brand-700 text-white hover:bg-brand-900`}>
          Complete mentorship
        </button>
        <button type="submit" name="outcome" value="cancelled" disabled={pending} className={`${button} border border-red-300 text-red-900 hover:bg-red-50`}>
          Cancel mentorship
        </button>
        {pending && (
          <span role="status" className="text-sm text-stone-600">
            Ending…
          </span>
        )}
      </div>
    </form>
  );
}
