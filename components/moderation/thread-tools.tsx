"use client";

import { useActionState } from "react";
import { threadToolAction, type ModerationFormState } from "@/app/moderation/actions";
import { FormMessage } from "@/components/forms/form-message";
import { idleState } from "@/lib/forms/form-state";
import { MODERATION_LIMITS } from "@/lib/moderation/labels";
import { dangerButton, smallButton, smallInput, toneOf } from "./form-tone";

export type ThreadToolsProps = {
  thread: { id: number; title: string; categoryId: number; pinned: boolean; locked: boolean; hidden: boolean; slowModeMinutes: number | null };
  /** Where it can move (listCategories in lib/moderation/thread-actions). */
  categories: readonly { id: number; name: string }[];
};

// Staff's tools for a whole thread, as one form: one optional reason, and a
// button per tool; the button pressed says which tool (its name="op"), and
// the action reads only that tool's field. One thread page has one of these,
// so plain ids are unique.
export function ThreadTools({ thread, categories }: ThreadToolsProps) {
  const [state, action, pending] = useActionState<ModerationFormState, FormData>(threadToolAction, idleState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const button = (op: string, label: string, danger = false) => (
    <button type="submit" name="op" value={op} disabled={pending} formNoValidate className={danger ? dangerButton : smallButton}>
      {label}
    </button>
  );
  const error = (field: string) =>
    e[field]?.length ? (
      <p id={`thread-tools-${field}-error`} className="mt-1 text-sm text-red-800">
        {e[field]!.join(" ")}
      </p>
    ) : null;
  const invalid = (field: string) => (e[field]?.length ? { "aria-invalid": true as const, "aria-describedby": `thread-tools-${field}-error` } : {});
  const label = "block text-xs font-medium text-stone-700";

  return (
    <section aria-labelledby="thread-tools-heading" className="rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm">
      <h2 id="thread-tools-heading" className="font-medium text-stone-900">
        Moderator tools
      </h2>
      <form action={action} className="mt-3 space-y-4">
        <input type="hidden" name="threadId" value={thread.id} />
        <FormMessage message={state.message} tone={toneOf(state)} />
        <div className="max-w-md">
          <label htmlFor="thread-tools-reason" className={label}>
            Reason
          </label>
          <input id="thread-tools-reason" name="reason" maxLength={MODERATION_LIMITS.reason} defaultValue={v.reason} placeholder="Optional; kept in the log" className={smallInput} {...invalid("reason")} />
          {error("reason")}
        </div>
        <div className="flex flex-wrap gap-2">
          {thread.pinned ? button("unpin", "Unpin thread") : button("pin", "Pin thread")}
          {thread.locked ? button("unlock", "Unlock thread") : button("lock", "Lock thread")}
          {thread.hidden ? button("unhide", "Unhide thread") : button("hide", "Hide thread", true)}
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="thread-tools-minutes" className={label}>
              Slow mode (minutes)
            </label>
            <input
              id="thread-tools-minutes"
              name="minutes"
              type="number"
              inputMode="numeric"
              min={MODERATION_LIMITS.slowMode.min}
              max={MODERATION_LIMITS.slowMode.max}
              defaultValue={v.minutes ?? thread.slowModeMinutes ?? ""}
              className={`${smallInput} w-28`}
              {...invalid("minutes")}
            />
          </div>
          {button("slow-mode", "Set slow mode")}
          {thread.slowModeMinutes ? button("slow-mode-off", "Turn off slow mode") : null}
        </div>
        {error("minutes")}
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="thread-tools-category" className={label}>
              Move to
            </label>
            <select id="thread-tools-category" name="categoryId" defaultValue={v.categoryId ?? String(thread.categoryId)} className={smallInput} {...invalid("categoryId")}>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          {button("move", "Move thread")}
        </div>
        {error("categoryId")}
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-64 flex-1">
            <label htmlFor="thread-tools-title" className={label}>
              New title
            </label>
            <input id="thread-tools-title" name="title" maxLength={MODERATION_LIMITS.title.max} defaultValue={v.title ?? thread.title} className={smallInput} {...invalid("title")} />
          </div>
          {button("rename", "Rename thread")}
        </div>
        {error("title")}
      </form>
    </section>
  );
}
