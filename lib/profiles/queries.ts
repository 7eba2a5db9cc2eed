import "server-only";
import { EMPTY_PROFILE } from "./empty-profile";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { profiles, users, type Profile, type ProfileFields, type Role } from "@/db/schema";
import type { PublicUser } from "@/lib/accounts/users";
import { roleAfterSave } from "./roles";
import { profileFormSchema } from "./schema";

/** What the owner edits: the row without its key and timestamp. */
export type OwnProfile = ProfileFields;

export type PublicProfile = {
  id: number;
  handle: string;
  displayName: string;
  role: Role;
  headline: string;
  bio: string; // Markdown: render with lib/markdown/render
  timezone: string | null; // null until the first save
  languages: string[];
  topics: string[];
  mentor: Pick<Profile, "expertise" | "yearsExperience" | "formats" | "hoursPerMonth" | "capacity" | "acceptingMentees"> | null;
  learner: Pick<Profile, "goals" | "level" | "preferredLanguages" | "preferredTimezone"> | null;
};

// Column by column: whatever is added to users later (email, password hash)
// never reaches a public page by accident.
const ownColumns = {
  headline: profiles.headline,
  bio: profiles.bio,
  timezone: profiles.timezone,
  languages: profiles.languages,
  topics: profiles.topics,
  mentorPublished: profiles.mentorPublished,
  expertise: profiles.expertise,
  yearsExperience: profiles.yearsExperience,
  formats: profiles.formats,
  hoursPerMonth: profiles.hoursPerMonth,
  capacity: profiles.capacity,
  acceptingMentees: profiles.acceptingMentees,
  goals: profiles.goals,
  level: profiles.level,
  preferredLanguages: profiles.preferredLanguages,
  preferredTimezone: profiles.preferredTimezone,
};


/** Anyone's profile by handle, or null for an unknown handle; a member who never saved one has empty sections. */
export function getPublicProfile({ handle }: { handle: string }): PublicProfile | null {
  const row = getDb()
    .select({ id: users.id, handle: users.handle, displayName: users.displayName, role: users.role, profile: ownColumns })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.handle, handle))
    .get();
  if (!row) return null;
  const p = row.profile; // null (left join) for a member who never saved
  const learnerFilled = !!p && (p.goals.length > 0 || p.level !== null || p.preferredLanguages.length > 0 || p.preferredTimezone !== null);
  return {
    id: row.id,
    handle: row.handle,
    displayName: row.displayName,
    role: row.role,
    headline: p?.headline ?? "",
    bio: p?.bio ?? "",
    timezone: p?.timezone ?? null,
    languages: p?.languages ?? [],
    topics: p?.topics ?? [],
    // An unpublished mentor section stays private to its owner.
    mentor: p?.mentorPublished
      ? { expertise: p.expertise, yearsExperience: p.yearsExperience, formats: p.formats, hoursPerMonth: p.hoursPerMonth, capacity: p.capacity, acceptingMentees: p.acceptingMentees }
      : null,
    learner: p && learnerFilled ? { goals: p.goals, level: p.level, preferredLanguages: p.preferredLanguages, preferredTimezone: p.preferredTimezone } : null,
  };
}

/** The acting user's profile for the edit form; defaults before the first save. */
export function getOwnProfile({ user }: { user: Pick<PublicUser, "id"> }): OwnProfile {
  return getDb().select(ownColumns).from(profiles).where(eq(profiles.userId, user.id)).get() ?? EMPTY_PROFILE;
}

export type SaveProfileResult = { kind: "invalid"; error: z.ZodError } | { kind: "saved"; profile: OwnProfile; role: Role };

/**
 * Validates and saves the acting user's own profile, creating it on first
 * save, and adjusts their role (roleAfterSave). The row written is always
 * `user.id`'s: the input is parsed field by field, so an id inside it is
 * dropped, never used.
 */
export function saveOwnProfile({ user, input }: { user: Pick<PublicUser, "id">; input: unknown }): SaveProfileResult {
  const parsed = profileFormSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", error: parsed.error };
  const { mentor, ...rest } = parsed.data;
  // Withdrawing the mentor section keeps what was in it for next time.
  // Taking mentees again ends an automatic pause.
  const values = { ...rest, ...(mentor ?? {}), ...(mentor?.acceptingMentees ? { pausedReason: null } : {}), mentorPublished: mentor !== null, updatedAt: new Date() };

  // One transaction: the "was it published" read, the write and the role
  // change cannot interleave with a second save from another tab.
  return getDb().transaction((tx) => {
    const before = tx.select({ mentorPublished: profiles.mentorPublished }).from(profiles).where(eq(profiles.userId, user.id)).get();
    const profile = tx
      .insert(profiles)
      .values({ ...values, userId: user.id })
      .onConflictDoUpdate({ target: profiles.userId, set: values })
      .returning(ownColumns)
      .get();
    const { role } = tx.select({ role: users.role }).from(users).where(eq(users.id, user.id)).get()!;
    const next = roleAfterSave({ role, wasPublished: before?.mentorPublished ?? false, published: mentor !== null });
    if (next !== role) tx.update(users).set({ role: next, updatedAt: new Date() }).where(eq(users.id, user.id)).run();
    return { kind: "saved", profile, role: next };
  });
}
