"use client";

import { useActionState } from "react";
import { logSessionAction, type SpaceFormState } from "@/app/mentorships/[id]/actions";
import { controlClass, FieldShell } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState } from "@/lib/forms/form-state";
import { toneOf } from "./form-tone";
import { MentorshipField } from "./section";

type Props = { mentorshipId: number; timeZone: string; limits: { minDuration: number; maxDuration: number; text: number } };

// A past session to log or a future one to plan: the same form. The date and
// time are read in the member's profile time zone.
export function SessionForm({ mentorshipId, timeZone, limits }: Props) {
  const [state, action, pending] = useActionState<SpaceFormState, FormData>(logSessionAction, idleState);
  const v = state.values;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <MentorshipField mentorshipId={mentorshipId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FieldShell name="startsAt" label="Session date and time" hint={`In your time zone, ${timeZone.replaceAll("_", " ")}.`} errors={state.fieldErrors?.startsAt}>
          {(control) => <input {...control} name="startsAt" type="datetime-local" required defaultValue={v?.startsAt} className={controlClass} />}
        </FieldShell>
        <FieldShell name="durationMinutes" label="Duration (minutes)" hint={`${limits.minDuration} to ${limits.maxDuration}.`} errors={state.fieldErrors?.durationMinutes}>
          {(control) => (
            <input
              {...control}
              name="durationMinutes"
              type="number"
              inputMode="numeric"
              min={limits.minDuration}
              max={limits.maxDuration}
              required
              defaultValue={v?.durationMinutes ?? "60"}
              className={controlClass}
            />
          )}
        </FieldShell>
      </div>
      <TextAreaField name="notes" label="Notes" rows={3} maxLength={limits.text} defaultValue={v?.notes} errors={state.fieldErrors?.notes} hint="Optional: what you talked about." />
      <TextAreaField name="nextSteps" label="Next steps" rows={3} maxLength={limits.text} defaultValue={v?.nextSteps} errors={state.fieldErrors?.nextSteps} hint="Optional: shown in the calendar file of a planned session." />
      <div className="sm:w-48">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Log session
        </SubmitButton>
      </div>
    </form>
  );
}
