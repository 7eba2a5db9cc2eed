import type { z } from "zod";

/** What a form's server action answers: the form shows it and keeps what was typed (never passwords). */
export type FormState = {
  status: "idle" | "error";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const idleState: FormState = { status: "idle" };

export function invalid(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string[] | undefined> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { status: "error", message: "Please correct the fields marked below.", fieldErrors, values };
}

/** Reads text fields from FormData; anything that is not a string (a file) is treated as empty. */
export function textFields<K extends string>(formData: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((n) => [n, typeof formData.get(n) === "string" ? (formData.get(n) as string) : ""])) as Record<K, string>;
}
