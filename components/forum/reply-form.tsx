"use client";

import { useActionState } from "react";
import { replyAction, type ForumFormState } from "@/app/forum/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { idleState } from "@/lib/forms/form-state";
import { MARKDOWN_HINT, toneOf } from "./form-tone";

/** "Your reply" at the bottom of a thread; a quote (?quote=<post>) arrives as its starting text. */
export function ReplyForm({ threadId, quote }: { threadId: number; quote?: string }) {
  const [state, action, pending] = useActionState<ForumFormState, FormData>(replyAction, idleState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <input type="hidden" name="threadId" value={threadId} />
      <TextAreaField name="body" label="Your reply" rows={6} defaultValue={state.values?.body ?? quote} errors={state.fieldErrors?.body} hint={MARKDOWN_HINT} />
      <div className="sm:w-48">
        <SubmitButton pending={pending} pendingLabel="Posting…">
          Post reply
        </SubmitButton>
      </div>
    </form>
  );
}
