import type { ForumFormState } from "@/app/forum/actions";

/** Confirmations read as information, refusals as errors. */
export const toneOf = (state: ForumFormState) => (state.done ? "info" : "error") as "info" | "error";

export const MARKDOWN_HINT = "Markdown: **bold**, _italic_, > quotes, - lists, [links](https://…). HTML is not allowed.";
