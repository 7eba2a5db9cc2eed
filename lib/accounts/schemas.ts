import { z } from "zod";
import { passwordSchema } from "./password-policy";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

export const displayNameSchema = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(60, "Use at most 60 characters.")
  .refine((name) => !/[<>\u0000-\u001f]/.test(name), "Use letters, numbers, spaces and punctuation only.");

export const signUpSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

// Sign-in checks nothing but presence and a sane size: a stricter rule would
// tell an attacker which passwords cannot exist.
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
