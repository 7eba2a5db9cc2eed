"use client";

import { useActionState } from "react";
import { createThreadAction, type ForumFormState } from "@/app/forum/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { idleState } from "@/lib/forms/form-state";
import { MARKDOWN_HINT, toneOf } from "./form-tone";

export function NewThreadForm({ categoryId, titleMax }: { categoryId: number; titleMax: number }) {
  const [state, action, pending] = useActionState<ForumFormState, FormData>(createThreadAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <input type="hidden" name="categoryId" value={categoryId} />
      <TextField name="title" label="Title" maxLength={titleMax} defaultValue={state.values?.title} errors={state.fieldErrors?.title} hint="A question or topic, in a few words." />
      <TextAreaField name="body" label="Message" rows={10} defaultValue={state.values?.body} errors={state.fieldErrors?.body} hint={MARKDOWN_HINT} />
      <div className="sm:w-48">
        <SubmitButton pending={pending} pendingLabel="Starting…">
          Start thread
        </SubmitButton>
      </div>
    </form>
  );
}
