"use client";

import { useActionState, useId } from "react";
import { flagPostAction, type ModerationFormState } from "@/app/moderation/actions";
import { controlClass, FieldShell } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { idleState } from "@/lib/forms/form-state";
import { FLAG_REASON_OPTIONS, MODERATION_LIMITS } from "@/lib/moderation/labels";
import { smallButton, toneOf } from "./form-tone";

type Props = {
  postId: number;
  /** The viewer flagged this post before: the form is replaced by a line saying so. */
  alreadyFlagged?: boolean;
};

// "Flag" under someone else's post, for signed-in members: a disclosure, so
// it takes one line until opened. Ids come from useId: a thread page holds
// one of these per post.
export function FlagForm({ postId, alreadyFlagged = false }: Props) {
  const [state, action, pending] = useActionState<ModerationFormState, FormData>(flagPostAction, idleState);
  const uid = useId();
  if (alreadyFlagged || state.done)
    return (
      <p role="status" className="text-sm text-stone-600">
        {state.done ? state.message : "You flagged this post; the moderators will look at it."}
      </p>
    );
  const reasonErrors = state.fieldErrors?.reason;
  const chosen = state.values?.reason;
  return (
    <details className="text-sm" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer text-stone-600 select-none hover:text-brand-700">Flag</summary>
      <form action={action} className="mt-2 max-w-md space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3" noValidate>
        <FormMessage message={state.message} tone={toneOf(state)} />
        <input type="hidden" name="postId" value={postId} />
        <fieldset aria-describedby={reasonErrors?.length ? `${uid}-reason-error` : undefined}>
          <legend className="text-sm font-medium text-stone-800">Reason</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {FLAG_REASON_OPTIONS.map((o) => (
              <label key={o.value} className="flex items-center gap-1.5">
                <input type="radio" name="reason" value={o.value} defaultChecked={chosen === o.value} className="accent-brand-700" />
                {o.label}
              </label>
            ))}
          </div>
          {reasonErrors?.length ? (
            <p id={`${uid}-reason-error`} className="mt-1 text-sm text-red-800">
              {reasonErrors.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <FieldShell name={`${uid}-note`} label="Note" hint="Optional, except for “Other”. Only the moderators read it." errors={state.fieldErrors?.note}>
          {(control) => <textarea {...control} name="note" rows={2} maxLength={MODERATION_LIMITS.flagNote} defaultValue={state.values?.note} className={controlClass} />}
        </FieldShell>
        <button type="submit" disabled={pending} className={smallButton}>
          {pending ? "Sending…" : "Send flag"}
        </button>
      </form>
    </details>
  );
}
