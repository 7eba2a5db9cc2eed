import { and, asc, count, desc, eq, inArray, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { profiles, users } from "@/db/schema";
import { parseSearchQuery, toMatchExpression } from "@/lib/articles/search-query";
import { activeMenteesSql } from "@/lib/mentorships/capacity";
import { TIME_ZONES } from "@/lib/profiles/time-zones";
import type { DirectoryFilters } from "./directory-schema";
import { hoursApart } from "./time-offsets";

export const MENTORS_PER_PAGE = 12;

export type MentorCard = {
  handle: string;
  displayName: string;
  headline: string;
  timezone: string;
  languages: string[];
  expertise: string[];
  formats: string[];
  yearsExperience: number | null;
  capacity: number | null;
  acceptingMentees: boolean;
  /** Capacity minus active mentorships, never below 0; 0 without a stated capacity (lib/mentorships/capacity). */
  freePlaces: number;
};

// A list column of JSON strings holds a value.
const listHas = (column: AnyColumn, value: string) => sql`EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ${value})`;

/** Time zones whose offset is within `hours` of `tz` right now. */
function zonesWithin(tz: string, hours: number, at: Date): string[] {
  return TIME_ZONES.filter((zone) => hoursApart(zone, tz, at) <= hours);
}

// Places left, in SQL: the same rule as freePlaces() in lib/mentorships/capacity.
const freePlacesSql = sql<number>`max(0, coalesce(${profiles.capacity}, 0) - ${activeMenteesSql(profiles.userId)})`;

// bm25 weights per column of mentors_fts: display_name, headline, bio, expertise.
const relevanceSql = (match: string) =>
  sql`(SELECT bm25(mentors_fts, 10.0, 5.0, 1.0, 3.0) FROM mentors_fts WHERE mentors_fts MATCH ${match} AND mentors_fts.rowid = ${users.id})`;

/**
 * The FTS5 expression for what was typed, or undefined when there is nothing to
 * search for. Only words survive, each quoted (lib/articles/search-query), so
 * no text can be read as FTS syntax; all words must match, the last as a prefix.
 */
export function mentorMatchExpression(q: string | undefined): string | undefined {
  if (!q) return undefined;
  const parsed = parseSearchQuery(q);
  return parsed.kind === "terms" ? toMatchExpression(parsed.terms, "all") : undefined;
}

/** Published mentor profiles matching the filters, one page of them. */
export function listMentors(db: Db, { filters, at = new Date() }: { filters: DirectoryFilters; at?: Date }) {
  const conditions: SQL[] = [eq(profiles.mentorPublished, true)];
  if (filters.topic) conditions.push(listHas(profiles.expertise, filters.topic));
  if (filters.language) conditions.push(listHas(profiles.languages, filters.language));
  if (filters.format) conditions.push(listHas(profiles.formats, filters.format));
  if (filters.accepting) conditions.push(eq(profiles.acceptingMentees, true));
  if (filters.tz) conditions.push(inArray(profiles.timezone, zonesWithin(filters.tz, filters.within ?? 0, at)));
  const match = mentorMatchExpression(filters.q);
  if (match) conditions.push(sql`${users.id} IN (SELECT rowid FROM mentors_fts WHERE mentors_fts MATCH ${match})`);
  const where = and(...conditions);

  const order = {
    relevance: match ? [asc(relevanceSql(match)), asc(users.displayName), asc(users.id)] : [asc(users.displayName), asc(users.id)],
    name: [asc(users.displayName), asc(users.id)],
    experience: [sql`${profiles.yearsExperience} IS NULL`, desc(profiles.yearsExperience), asc(users.displayName)],
    room: [desc(profiles.acceptingMentees), desc(freePlacesSql), sql`${profiles.capacity} IS NULL`, asc(users.displayName), asc(users.id)],
  }[filters.sort];

  const total = db.select({ n: count() }).from(profiles).innerJoin(users, eq(users.id, profiles.userId)).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / MENTORS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const items: MentorCard[] = db
    .select({
      handle: users.handle,
      displayName: users.displayName,
      headline: profiles.headline,
      timezone: profiles.timezone,
      languages: profiles.languages,
      expertise: profiles.expertise,
      formats: profiles.formats,
      yearsExperience: profiles.yearsExperience,
      capacity: profiles.capacity,
      acceptingMentees: profiles.acceptingMentees,
      freePlaces: freePlacesSql,
    })
    .from(profiles)
    .innerJoin(users, eq(users.id, profiles.userId))
    .where(where)
    .orderBy(...order)
    .limit(MENTORS_PER_PAGE)
    .offset((page - 1) * MENTORS_PER_PAGE)
    .all();
  return { items, total, page, pageCount };
}

/** When nothing matches: which filters to loosen, in words. */
export function loosenHints(filters: DirectoryFilters): string[] {
  const hints: string[] = [];
  if (filters.q) hints.push(`search with fewer or other words than “${filters.q}”`);
  if (filters.accepting) hints.push("include mentors who are not taking new mentees right now");
  if (filters.tz) hints.push(filters.within !== undefined && filters.within < 12 ? `allow more than ${filters.within} hours of time difference` : "remove the time zone");
  if (filters.language) hints.push(`remove the language (${filters.language})`);
  if (filters.format) hints.push(`allow other formats than ${filters.format}`);
  if (filters.topic) hints.push(`choose a broader topic than ${filters.topic}`);
  return hints;
}
