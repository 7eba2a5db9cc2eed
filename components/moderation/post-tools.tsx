"use client";

import { useActionState, useId } from "react";
import { postToolAction, type ModerationFormState } from "@/app/moderation/actions";
import { FormMessage } from "@/components/forms/form-message";
import { idleState } from "@/lib/forms/form-state";
import { MODERATION_LIMITS } from "@/lib/moderation/labels";
import { dangerButton, smallButton, smallInput, toneOf } from "./form-tone";

type Props = {
  postId: number;
  /** The post as stored: hidden (by flags or a moderator) and/or deleted. */
  hidden: boolean;
  deleted: boolean;
  /** Open flags on it (openFlagCounts in lib/moderation/flags). */
  openFlags?: number;
};

// Staff buttons under a post: one form, one optional reason (the author sees
// it), one button per review that makes sense for the post's state.
// lib/moderation/post-actions decides again whether it may happen.
export function PostTools({ postId, hidden, deleted, openFlags = 0 }: Props) {
  const [state, action, pending] = useActionState<ModerationFormState, FormData>(postToolAction, idleState);
  const uid = useId();
  const errors = state.fieldErrors?.reason;
  const buttons = [
    { op: "approve", label: "Approve post", show: !deleted && (hidden || openFlags > 0), danger: false },
    { op: "hide", label: "Hide post", show: !deleted && (!hidden || openFlags > 0), danger: false },
    { op: "remove", label: "Remove post", show: !deleted, danger: true },
    { op: "restore", label: "Restore post", show: hidden || deleted, danger: false },
  ].filter((b) => b.show);
  return (
    <form action={action} className="space-y-2 text-sm">
      <input type="hidden" name="postId" value={postId} />
      {openFlags > 0 && <p className="text-amber-900">{openFlags === 1 ? "1 open flag" : `${openFlags} open flags`}</p>}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48 flex-1">
          <label htmlFor={`${uid}-reason`} className="block text-xs font-medium text-stone-700">
            Reason
          </label>
          <input
            id={`${uid}-reason`}
            name="reason"
            maxLength={MODERATION_LIMITS.reason}
            defaultValue={state.values?.reason}
            placeholder="Optional; the author sees it"
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={errors?.length ? `${uid}-reason-error` : undefined}
            className={smallInput}
          />
        </div>
        {buttons.map((b) => (
          <button key={b.op} type="submit" name="op" value={b.op} disabled={pending} className={b.danger ? dangerButton : smallButton}>
            {b.label}
          </button>
        ))}
      </div>
      {errors?.length ? (
        <p id={`${uid}-reason-error`} className="text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
      <FormMessage message={state.message} tone={toneOf(state)} />
    </form>
  );
}
