"use client";

import { useActionState } from "react";
import { requestPasswordResetAction, type ForgotPasswordState } from "@/app/forgot-password/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { idleState } from "@/lib/forms/form-state";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(requestPasswordResetAction, idleState);
  // The message stays in the same live region when the form goes, so the confirmation is announced.
  return (
    <div className="space-y-4">
      <FormMessage message={state.message} tone={state.done ? "info" : "error"} />
      {!state.done && (
        <form action={action} className="space-y-4" noValidate>
          <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
          <SubmitButton pending={pending} pendingLabel="Sending…">
            Send me a reset link
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
