"use client";

import { useActionState } from "react";
import { addStaffNoteAction, liftSuspensionAction, suspendAction, type ModerationFormState } from "@/app/moderation/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { idleState } from "@/lib/forms/form-state";
import { MODERATION_LIMITS, SUSPENSION_DURATIONS } from "@/lib/moderation/labels";
import { dangerButton, smallButton, toneOf } from "./form-tone";

// The forms of a member's moderation page (/moderation/users/[handle]). Each
// names the member by hidden fields; lib/moderation/users decides whether the
// acting staff member may (nobody suspends themselves or an admin).

type Member = { id: number; handle: string };

function MemberFields({ member }: { member: Member }) {
  return (
    <>
      <input type="hidden" name="userId" value={member.id} />
      <input type="hidden" name="handle" value={member.handle} />
    </>
  );
}

const DURATION_OPTIONS = SUSPENSION_DURATIONS.map((d) => ({ value: String(d.hours), label: d.label }));

export function SuspendForm({ member, suspended }: { member: Member; suspended: boolean }) {
  const [state, action, pending] = useActionState<ModerationFormState, FormData>(suspendAction, idleState);
  return (
    <form action={action} className="max-w-md space-y-3" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <MemberFields member={member} />
      <SelectField
        name="hours"
        label="Duration"
        options={DURATION_OPTIONS}
        defaultValue={state.values?.hours ?? "24"}
        errors={state.fieldErrors?.hours}
        hint={suspended ? "From now: it replaces the running suspension." : "From now."}
      />
      <TextAreaField
        name="reason"
        label="Reason"
        rows={2}
        maxLength={MODERATION_LIMITS.suspensionReason.max}
        defaultValue={state.values?.reason}
        errors={state.fieldErrors?.reason}
        hint="The member is told this, with the end of the suspension."
      />
      <button type="submit" disabled={pending} className={dangerButton}>
        {pending ? "Suspending…" : "Suspend member"}
      </button>
    </form>
  );
}

export function LiftSuspensionForm({ member }: { member: Member }) {
  const [state, action, pending] = useActionState<ModerationFormState, FormData>(liftSuspensionAction, idleState);
  return (
    <form action={action} className="max-w-md space-y-3" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <MemberFields member={member} />
      <TextField name="liftReason" label="Reason for lifting" required={false} maxLength={MODERATION_LIMITS.reason} defaultValue={state.values?.liftReason} errors={state.fieldErrors?.liftReason} hint="Optional; kept in the log." />
      <button type="submit" disabled={pending} className={smallButton}>
        {pending ? "Lifting…" : "Lift suspension"}
      </button>
    </form>
  );
}

export function StaffNoteForm({ member }: { member: Member }) {
  const [state, action, pending] = useActionState<ModerationFormState, FormData>(addStaffNoteAction, idleState);
  return (
    <form action={action} className="max-w-md space-y-3" noValidate>
      <FormMessage message={state.message} tone={toneOf(state)} />
      <MemberFields member={member} />
      <TextAreaField
        name="body"
        label="Staff note"
        rows={3}
        maxLength={MODERATION_LIMITS.staffNote.max}
        // A saved note starts the box afresh; a refused one keeps what was typed.
        defaultValue={state.done ? "" : state.values?.body}
        errors={state.fieldErrors?.body}
        hint="Private: only moderators and admins read it."
      />
      <button type="submit" disabled={pending} className={smallButton}>
        {pending ? "Adding…" : "Add note"}
      </button>
    </form>
  );
}
