"use client";

import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction, type ResetPasswordState } from "@/app/reset-password/[token]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { idleState } from "@/lib/forms/form-state";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, idleState);
  return (
    <div className="space-y-4">
      <FormMessage message={state.message} />
      {state.linkInvalid ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="text-brand-700 underline">
            Ask for a new link
          </Link>
        </p>
      ) : (
        <form action={action} className="space-y-4" noValidate>
          <input type="hidden" name="token" value={token} />
          <TextField name="password" label="New password" type="password" autoComplete="new-password" errors={state.fieldErrors?.password} hint="At least 12 characters. You will be signed out everywhere and sign in with it." />
          <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" errors={state.fieldErrors?.confirmPassword} />
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Set new password
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
