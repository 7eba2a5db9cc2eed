"use client";

import Link from "next/link";
import { useActionState } from "react";
import { stopEmailsAction, type UnsubscribeState } from "@/app/unsubscribe/[token]/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { idleState } from "@/lib/forms/form-state";

/** `label` is the kind's name in lowercase, as it reads inside a sentence ("mentorship requests"). */
export function UnsubscribeForm({ token, label }: { token: string; label: string }) {
  const [state, action, pending] = useActionState<UnsubscribeState, FormData>(stopEmailsAction, idleState);
  return (
    <div className="space-y-4">
      <FormMessage message={state.message} tone={state.done ? "info" : "error"} />
      {state.done ? (
        <p className="text-sm">
          <Link href="/account/notifications" className="text-brand-700 underline">
            Notification settings
          </Link>
        </p>
      ) : (
        <form action={action} className="space-y-4">
          <p className="text-stone-800">Stop emails about {label}?</p>
          <p className="text-sm text-stone-600">You will still see them in the app when you sign in.</p>
          <input type="hidden" name="token" value={token} />
          <div className="max-w-56">
            <SubmitButton pending={pending} pendingLabel="Stopping…">
              Stop these emails
            </SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
