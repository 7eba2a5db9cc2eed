"use client";

import Link from "next/link";
import { useActionState } from "react";
import { editPostAction, type ForumFormState } from "@/app/forum/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { idleState } from "@/lib/forms/form-state";
import { MARKDOWN_HINT, toneOf } from "./form-tone";

type Props = { postId: number; body: string; /** Only for the opening post: the thread's title. */ title?: string; titleMax: number; cancelHref: string };

export function EditPostForm({ postId, body, title, titleMax, cancelHref }: Props) {
  const [state, action, pending] = useActionState<ForumFormState, FormData>(editPostAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <input type="hidden" name="postId" value={postId} />
      {title !== undefined && <TextField name="title" label="Title" maxLength={titleMax} defaultValue={state.values?.title ?? title} errors={state.fieldErrors?.title} />}
      <TextAreaField name="body" label="Message" rows={12} defaultValue={state.values?.body ?? body} errors={state.fieldErrors?.body} hint={MARKDOWN_HINT} />
      <div className="flex items-center gap-4">
        <div className="sm:w-48">
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Save changes
          </SubmitButton>
        </div>
        <Link href={cancelHref} className="text-sm text-brand-700 underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
