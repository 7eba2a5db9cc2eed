import { z } from "zod";

// URL segments are user input: anything that is not a plain page number or
// slug is a 404, never an error.
export const pageNumberSchema = z.string().regex(/^[1-9]\d{0,3}$/).transform(Number);
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

export function parsePageNumber(raw: string): number | null {
  const parsed = pageNumberSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function parseSlug(raw: string): string | null {
  const parsed = slugSchema.safeParse(decodeURIComponentSafe(raw));
  return parsed.success ? parsed.data : null;
}

function decodeURIComponentSafe(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
