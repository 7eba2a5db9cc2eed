import { z } from "zod";
import { MENTORING_FORMATS } from "@/db/schema";
import { parseSearchQuery } from "@/lib/articles/search-query";
import { LANGUAGES } from "@/lib/profiles/languages";
import { isTimeZone } from "@/lib/profiles/time-zones";
import { isTopic } from "@/lib/topics/vocabulary";

export const MAX_MENTOR_QUERY_LENGTH = 100;
export const DIRECTORY_SORTS = ["relevance", "name", "experience", "room"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

// Filters come from the URL, so a search can be shared. Anything unknown is
// dropped rather than refused: a stale link still shows mentors.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const directoryFiltersSchema = z
  .object({
    // Free text, kept as typed (trimmed) so the search box shows it again; it is
    // never FTS syntax (lib/mentors/directory.ts quotes its words). Text with no
    // words at all, or too long, is dropped like any other unknown value.
    q: optional(
      z
        .string()
        .trim()
        .min(1)
        .max(MAX_MENTOR_QUERY_LENGTH)
        .refine((q) => parseSearchQuery(q).kind === "terms"),
    ),
    topic: optional(z.string().refine(isTopic)),
    language: optional(z.string().refine((l) => LANGUAGES.includes(l))),
    tz: optional(z.string().refine(isTimeZone)),
    within: optional(z.coerce.number().int().min(0).max(12)),
    format: optional(z.enum(MENTORING_FORMATS)),
    accepting: optional(z.literal("1")),
    sort: optional(z.enum(DIRECTORY_SORTS)),
    page: z.coerce.number().int().min(1).max(1000).catch(1),
  })
  // Best match first when searching, by name otherwise; relevance means nothing without a search.
  .transform(({ sort, ...f }) => ({ ...f, sort: sort === undefined || (sort === "relevance" && !f.q) ? defaultSort(f) : sort }));

export type DirectoryFilters = z.infer<typeof directoryFiltersSchema>;

/** The order used when none is asked for. */
export function defaultSort(filters: { q?: string | undefined }): DirectorySort {
  return filters.q ? "relevance" : "name";
}

export function parseDirectoryFilters(params: Record<string, string | string[] | undefined>): DirectoryFilters {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return directoryFiltersSchema.parse(first);
}

/** The URL of a directory page: only the filters that are set, so links stay short. */
export function directoryHref(filters: Partial<DirectoryFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || (key === "sort" && value === defaultSort(filters)) || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/mentors?${query}` : "/mentors";
}
