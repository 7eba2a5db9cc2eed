"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/app/account/delete/actions";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { idleState } from "@/lib/forms/form-state";

export function DeleteAccountForm() {
  const [state, action, pending] = useActionState(deleteAccountAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <TextField name="currentPassword" label="Your password" type="password" autoComplete="current-password" errors={state.fieldErrors?.currentPassword} />
      <button type="submit" disabled={pending} className="w-full rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-70">
        {pending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
