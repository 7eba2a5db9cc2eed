import type { ModerationFormState } from "@/app/moderation/actions";

/** Confirmations read as information, refusals as errors. */
export const toneOf = (state: ModerationFormState) => (state.done ? "info" : "error") as "info" | "error";

export const smallButton =
  "rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm text-stone-700 hover:border-brand-600 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-wait disabled:opacity-60";
export const dangerButton = `${smallButton} hover:border-red-700 hover:text-red-800`;
export const smallInput = "mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm aria-invalid:border-red-700 focus:border-brand-600 focus:outline-2 focus:outline-brand-600";
