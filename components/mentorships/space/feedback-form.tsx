"use client";

import { useActionState } from "react";
import { leaveFeedbackAction, type SpaceFormState } from "@/app/mentorships/[id]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState } from "@/lib/forms/form-state";
import { toneOf } from "./form-tone";
import { MentorshipField } from "./section";

const RATINGS = [
  { value: "", label: "Choose a rating" },
  { value: "5", label: "5 – Excellent" },
  { value: "4", label: "4 – Good" },
  { value: "3", label: "3 – All right" },
  { value: "2", label: "2 – Poor" },
  { value: "1", label: "1 – Very poor" },
];

export function FeedbackForm({ mentorshipId, otherName, max }: { mentorshipId: number; otherName: string; max: number }) {
  const [state, action, pending] = useActionState<SpaceFormState, FormData>(leaveFeedbackAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <MentorshipField mentorshipId={mentorshipId} />
      <SelectField name="rating" label="Rating" options={RATINGS} defaultValue={state.values?.rating ?? ""} errors={state.fieldErrors?.rating} hint={`How was working with ${otherName}? 5 is best.`} />
      <TextAreaField name="comment" label="Comment" rows={3} maxLength={max} defaultValue={state.values?.comment} errors={state.fieldErrors?.comment} hint="Optional. You can leave feedback once; it cannot be changed." />
      <div className="sm:w-48">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Leave feedback
        </SubmitButton>
      </div>
    </form>
  );
}
