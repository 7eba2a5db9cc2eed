import { z } from "zod";

// /u/[handle] is user input: anything that cannot be a handle (see
// lib/accounts/handles) is a 404 without a database read.
const handleSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export function parseHandle(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const parsed = handleSchema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}
