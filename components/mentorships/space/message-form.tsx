"use client";

import { useActionState } from "react";
import { sendMessageAction, type SpaceFormState } from "@/app/mentorships/[id]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState } from "@/lib/forms/form-state";
import { toneOf } from "./form-tone";
import { MentorshipField } from "./section";

// A saved message redirects back here with ?sent=message (no resend on
// reload); a refusal comes back as the action's state, with what was typed.
export function MessageForm({ mentorshipId, max, sent }: { mentorshipId: number; max: number; sent: boolean }) {
  const [state, action, pending] = useActionState<SpaceFormState, FormData>(sendMessageAction, idleState);
  const confirmed = sent && !state.message;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={confirmed ? "Message sent." : state.message} tone={confirmed ? "info" : toneOf(state)} />
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
