"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/account/password/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { idleState } from "@/lib/forms/form-state";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" errors={state.fieldErrors?.currentPassword} />
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" errors={state.fieldErrors?.newPassword} hint="At least 12 characters. You will be signed out everywhere and sign in again." />
      <SubmitButton pending={pending} pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}
