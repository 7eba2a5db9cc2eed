"use client";

import { useActionState } from "react";
import { saveNotificationSettingsAction, type NotificationSettingsState } from "@/app/account/notifications/actions";
import { describedBy } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";

type Option = { value: string; label: string };
type Kind = { kind: string; label: string; description: string };

type Props = { kinds: readonly Kind[]; channels: readonly Option[]; initialState: NotificationSettingsState };

// After a save React resets the form to the radios' defaults, which are then
// the values the action answered with: the stored ones.
export function NotificationSettingsForm({ kinds, channels, initialState }: Props) {
  const [state, action, pending] = useActionState(saveNotificationSettingsAction, initialState);
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage message={state.message} tone={state.done ? "info" : "error"} />
      {kinds.map((k) => (
        <ChannelChoice key={k.kind} name={k.kind} legend={k.label} hint={k.description} options={channels} value={state.values?.[k.kind]} errors={state.fieldErrors?.[k.kind]} />
      ))}
      <div className="max-w-48">
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save settings
        </SubmitButton>
      </div>
    </form>
  );
}

type ChoiceProps = { name: string; legend: string; hint: string; options: readonly Option[]; value?: string; errors?: string[] };

// One radio group: the legend names it, its hint and error describe it, and
// each radio points at the error so it is heard from whichever has focus.
function ChannelChoice({ name, legend, hint, options, value, errors }: ChoiceProps) {
  const ids = describedBy(name, { hint, errors });
  return (
    <fieldset aria-describedby={ids.describedBy} className="rounded-lg border border-stone-200 bg-white p-4">
      <legend className="px-1 text-sm font-medium text-stone-800">{legend}</legend>
      <p id={ids.hintId} className="text-xs text-stone-500">
        {hint}
      </p>
      {ids.errorId && (
        <p id={ids.errorId} className="mt-1 text-sm text-red-800">
          {errors!.join(" ")}
        </p>
      )}
      <div className="mt-2 flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
        {options.map((o) => (
          <label key={o.value} htmlFor={`${name}-${o.value}`} className="flex items-center gap-2 text-sm text-stone-800">
            <input
              id={`${name}-${o.value}`}
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={value === o.value}
              aria-describedby={ids.errorId}
              className="size-4 accent-brand-700"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
