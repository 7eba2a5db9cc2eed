import type { SpaceFormState } from "@/app/mentorships/[id]/actions";

/** Confirmations read as information, refusals as errors. */
export const toneOf = (state: SpaceFormState) => (state.done ? "info" : "error") as "info" | "error";
