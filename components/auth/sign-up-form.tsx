"use client";

import { useActionState } from "react";
import { signUpAction } from "@/app/sign-up/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { idleState } from "@/lib/forms/form-state";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <TextField name="displayName" label="Your name" autoComplete="name" maxLength={60} defaultValue={state.values?.displayName} errors={state.fieldErrors?.displayName} hint="Shown on your profile and your posts." />
      <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <TextField name="password" label="Password" type="password" autoComplete="new-password" errors={state.fieldErrors?.password} hint="At least 12 characters. A few unrelated words make a strong one." />
      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
