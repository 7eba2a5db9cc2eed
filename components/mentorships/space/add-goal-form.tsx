"use client";

import { useActionState } from "react";
import { addGoalAction, type SpaceFormState } from "@/app/mentorships/[id]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { idleState } from "@/lib/forms/form-state";
import { toneOf } from "./form-tone";
import { MentorshipField } from "./section";

// Limits come from the server component (lib/mentorships/space-schema), keeping zod out of the browser bundle.
export function AddGoalForm({ mentorshipId, min, max }: { mentorshipId: number; min: number; max: number }) {
  const [state, action, pending] = useActionState<SpaceFormState, FormData>(addGoalAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <MentorshipField mentorshipId={mentorshipId} />
      <TextField name="goal" label="New goal" maxLength={max} defaultValue={state.values?.goal} errors={state.fieldErrors?.goal} hint={`${min} to ${max} characters.`} />
      <div className="sm:w-48">
        <SubmitButton pending={pending} pendingLabel="Adding…">
          Add goal
        </SubmitButton>
      </div>
    </form>
  );
}
