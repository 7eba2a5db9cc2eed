"use client";

import { useActionState } from "react";
import { reportProblemAction, type SpaceFormState } from "@/app/mentorships/[id]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState } from "@/lib/forms/form-state";
import { toneOf } from "./form-tone";
import { MentorshipField } from "./section";

export function ReportForm({ mentorshipId, min, max }: { mentorshipId: number; min: number; max: number }) {
  const [state, action, pending] = useActionState<SpaceFormState, FormData>(reportProblemAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <MentorshipField mentorshipId={mentorshipId} />
      <TextAreaField
        name="reportReason"
        label="Reason"
        rows={3}
        maxLength={max}
        defaultValue={state.values?.reportReason}
        errors={state.fieldErrors?.reportReason}
        hint={`What went wrong, in ${min} to ${max.toLocaleString("en-GB")} characters. Only the moderators read it.`}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-red-300 px-4 py-2 text-sm font-medium text-red-900 hover:bg-red-50 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? "Sending report…" : "Report a problem"}
      </button>
    </form>
  );
}
