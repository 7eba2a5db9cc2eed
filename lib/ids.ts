import { z } from "zod";

// Row ids arrive from URLs and forms. One rule for every domain: digits only,
// no sign, no leading zero, a safe positive integer; anything else names no
// row (a 404 or a refusal), never an error.
export const rowIdSchema = z
  .union([z.number(), z.string().regex(/^[1-9]\d{0,15}$/).transform(Number)])
  .pipe(z.number().int().positive().refine((n) => Number.isSafeInteger(n)));

export function parseRowId(raw: unknown): number | null {
  const parsed = rowIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export const isRowId = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n > 0;
