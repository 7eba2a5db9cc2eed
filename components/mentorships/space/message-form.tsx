"use client";

import { useActionState } from "react";
import { sendMessageAction, type SpaceFormState } from "@/app/mentorships/[id]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState } from "@/lib/forms/form-state";
import { toneOf } from "./form-tone";
import { MentorshipField } from "./section";

export function MessageForm({ mentorshipId, max }: { mentorshipId: number; max: number }) {
  const [state, action, pending] = useActionState<SpaceFormState, FormData>(sendMessageAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <MentorshipField mentorshipId={mentorshipId} />
      <TextAreaField
        name="body"
        label="Message"
        rows={4}
        maxLength={max}
        defaultValue={state.values?.body}
        errors={state.fieldErrors?.body}
        hint="Markdown: **bold**, _italic_, - lists, [links](https://…). HTML is not allowed."
      />
      <div className="sm:w-48">
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send message
        </SubmitButton>
      </div>
    </form>
  );
}
