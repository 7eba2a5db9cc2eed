import { z } from "zod";
import { MENTORING_FORMATS } from "@/db/schema";
import { LANGUAGES } from "@/lib/profiles/languages";
import { isTimeZone } from "@/lib/profiles/time-zones";
import { isTopic } from "@/lib/topics/vocabulary";

// Filters come from the URL, so a search can be shared. Anything unknown is
// dropped rather than refused: a stale link still shows mentors.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const directoryFiltersSchema = z.object({
  topic: optional(z.string().refine(isTopic)),
  language: optional(z.string().refine((l) => LANGUAGES.includes(l))),
  tz: optional(z.string().refine(isTimeZone)),
  within: optional(z.coerce.number().int().min(0).max(12)),
  format: optional(z.enum(MENTORING_FORMATS)),
  accepting: optional(z.literal("1")),
  sort: z.enum(["name", "experience", "room"]).catch("name"),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type DirectoryFilters = z.infer<typeof directoryFiltersSchema>;

export function parseDirectoryFilters(params: Record<string, string | string[] | undefined>): DirectoryFilters {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return directoryFiltersSchema.parse(first);
}

/** The URL of a directory page: only the filters that are set, so links stay short. */
export function directoryHref(filters: Partial<DirectoryFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || (key === "sort" && value === "name") || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/mentors?${query}` : "/mentors";
}
