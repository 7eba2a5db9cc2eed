"use client";

import { useActionState } from "react";
import { sendAppealAction } from "@/app/account/appeal/actions";
import type { ModerationFormState } from "@/app/moderation/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState } from "@/lib/forms/form-state";
import { MODERATION_LIMITS } from "@/lib/moderation/labels";
import { toneOf } from "./form-tone";

const { min, max } = MODERATION_LIMITS.appeal;

export function AppealForm() {
  const [state, action, pending] = useActionState<ModerationFormState, FormData>(sendAppealAction, idleState);
  if (state.done) return <FormMessage tone="info" message={state.message} />;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <TextAreaField
        name="body"
        label="Your appeal"
        rows={6}
        maxLength={max}
        defaultValue={state.values?.body}
        errors={state.fieldErrors?.body}
        hint={`Why the suspension should be lifted, in ${min} to ${max.toLocaleString("en-GB")} characters. You can send one appeal for this suspension.`}
      />
      <div className="max-w-48">
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send appeal
        </SubmitButton>
      </div>
    </form>
  );
}
