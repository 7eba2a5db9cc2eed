"use client";

import { useActionState } from "react";
import { sendRequestAction } from "@/app/requests/actions";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState } from "@/lib/forms/form-state";
import { REQUEST_LIMITS } from "@/lib/mentorships/request-schema";

export function SendRequestForm({ mentorHandle, mentorName, profileGoals }: { mentorHandle: string; mentorName: string; profileGoals: string[] }) {
  const [state, action, pending] = useActionState(sendRequestAction, idleState);
  const chosen = state.values?.goals?.split("\n") ?? profileGoals;
  const goalErrors = state.fieldErrors?.goals;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="mentor" value={mentorHandle} />
      <TextAreaField
        name="message"
        label={`Your message to ${mentorName}`}
        hint={`Say who you are and what you hope to work on (${REQUEST_LIMITS.message.min}–${REQUEST_LIMITS.message.max} characters).`}
        defaultValue={state.values?.message}
        errors={state.fieldErrors?.message}
        maxLength={REQUEST_LIMITS.message.max}
        rows={6}
      />
      {profileGoals.length > 0 && (
        <CheckboxGroup
          name="goals"
          legend="Goals from your profile to work on"
          options={profileGoals.map((g) => ({ value: g, label: g }))}
          defaultValues={chosen}
          errors={goalErrors}
        />
      )}
      <TextAreaField
        name="otherGoals"
        label={profileGoals.length > 0 ? "Other goals (one a line)" : "Goals to work on (one a line)"}
        hint={`At least one goal, at most ${REQUEST_LIMITS.goals.max}. They become your shared checklist if ${mentorName} accepts.`}
        defaultValue={state.values?.otherGoals}
        errors={profileGoals.length > 0 ? undefined : goalErrors}
        rows={3}
      />
      <SubmitButton pending={pending} pendingLabel="Sending…">
        Send request
      </SubmitButton>
    </form>
  );
}
