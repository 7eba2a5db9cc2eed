import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { profiles, users, type Role } from "@/db/schema";
import { createUser, findUserById, type PublicUser } from "@/lib/accounts/users";
import { useTestDatabaseForApp } from "@/lib/testing/test-db";
import { getOwnProfile, getPublicProfile, saveOwnProfile } from "./queries";
import type { ProfileFormInput } from "./schema";

const learnerForm: ProfileFormInput = {
  headline: "Learning to lead",
  bio: "I like **bold** ideas.",
  timezone: "Europe/Lisbon",
  languages: ["Portuguese", "English"],
  topics: ["Leadership", "mentorship"],
  offerMentoring: false,
  goals: "Lead a small team",
  level: "intermediate",
  preferredLanguages: ["English"],
  preferredTimezone: "",
};

const mentorForm: ProfileFormInput = {
  ...learnerForm,
  offerMentoring: true,
  expertise: ["Software engineering"],
  yearsExperience: "15",
  formats: ["video", "chat"],
  hoursPerMonth: "6",
  capacity: "2",
  acceptingMentees: true,
};

let db: Db;
let n = 0;
async function member(role: Role = "learner") {
  n += 1;
  return createUser(db, { email: `member${n}@example.org`, password: "quiet river lantern 42", displayName: `Member ${n}`, role });
}
const roleOf = (id: number) => findUserById(db, { id })!.role;

beforeAll(() => {
  db = useTestDatabaseForApp();
});

describe("saveOwnProfile", () => {
  it("creates the actor's row on first save and updates it on the next", async () => {
    const ana = await member();
    expect(saveOwnProfile({ user: ana, input: learnerForm }).kind).toBe("saved");
    expect(getOwnProfile({ user: ana }).headline).toBe("Learning to lead");
    saveOwnProfile({ user: ana, input: { ...learnerForm, headline: "Now leading" } });
    expect(getOwnProfile({ user: ana }).headline).toBe("Now leading");
    expect(db.select().from(profiles).where(eq(profiles.userId, ana.id)).all()).toHaveLength(1);
  });

  it("writes only the actor's row: a userId smuggled into the input is ignored", async () => {
    const actor = await member();
    const victim = await member();
    saveOwnProfile({ user: victim, input: { ...learnerForm, headline: "The victim's own words" } });
    const victimBefore = getPublicProfile({ handle: victim.handle });

    const result = saveOwnProfile({ user: actor, input: { ...mentorForm, headline: "Forged", userId: victim.id, user_id: victim.id, role: "admin" } });
    expect(result.kind).toBe("saved");
    expect(getPublicProfile({ handle: victim.handle })).toEqual(victimBefore);
    expect(getPublicProfile({ handle: actor.handle })?.headline).toBe("Forged");
    expect(roleOf(victim.id)).toBe("learner");
    expect(roleOf(actor.id)).toBe("mentor");
  });

  it("writes nothing when the input is invalid", async () => {
    const ana = await member();
    const result = saveOwnProfile({ user: ana, input: { ...learnerForm, headline: "x".repeat(121) } });
    expect(result.kind).toBe("invalid");
    expect(db.select().from(profiles).where(eq(profiles.userId, ana.id)).get()).toBeUndefined();
  });

  it("keeps the mentor section's content when it is withdrawn, and hides it from the public", async () => {
    const ana = await member();
    saveOwnProfile({ user: ana, input: mentorForm });
    expect(getPublicProfile({ handle: ana.handle })?.mentor).toEqual({
      expertise: ["Software engineering"],
      yearsExperience: 15,
      formats: ["video", "chat"],
      hoursPerMonth: 6,
      capacity: 2,
      acceptingMentees: true,
    });
    saveOwnProfile({ user: ana, input: { ...learnerForm, expertise: [], yearsExperience: "" } as ProfileFormInput });
    expect(getPublicProfile({ handle: ana.handle })?.mentor).toBeNull();
    expect(getOwnProfile({ user: ana })).toMatchObject({ mentorPublished: false, expertise: ["Software engineering"], yearsExperience: 15 });
  });
});

describe("roles after a save", () => {
  it("publishing makes a learner a mentor; withdrawing makes them a learner again", async () => {
    const ana = await member("learner");
    saveOwnProfile({ user: ana, input: mentorForm });
    expect(roleOf(ana.id)).toBe("mentor");
    saveOwnProfile({ user: ana, input: mentorForm });
    expect(roleOf(ana.id)).toBe("mentor");
    saveOwnProfile({ user: ana, input: learnerForm });
    expect(roleOf(ana.id)).toBe("learner");
  });

  it("a learner who does not offer mentoring stays a learner", async () => {
    const ana = await member("learner");
    saveOwnProfile({ user: ana, input: learnerForm });
    expect(roleOf(ana.id)).toBe("learner");
  });

  it.each(["moderator", "admin"] as const)("the %s role is kept when publishing and when withdrawing", async (role) => {
    const staff = await member(role);
    saveOwnProfile({ user: staff, input: mentorForm });
    expect(roleOf(staff.id)).toBe(role);
    saveOwnProfile({ user: staff, input: learnerForm });
    expect(roleOf(staff.id)).toBe(role);
  });

  it("a mentor named by an admin, without a published section, is not demoted by saving", async () => {
    const marco = await member("mentor");
    saveOwnProfile({ user: marco, input: learnerForm });
    expect(roleOf(marco.id)).toBe("mentor");
  });

  it("uses the role in the database, not the one the caller passes", async () => {
    const ana = await member("learner");
    db.update(users).set({ role: "admin" }).where(eq(users.id, ana.id)).run();
    const stale: PublicUser = { ...ana, role: "learner" };
    saveOwnProfile({ user: stale, input: mentorForm });
    expect(roleOf(ana.id)).toBe("admin");
  });
});

describe("getPublicProfile", () => {
  it("is null for an unknown handle", () => {
    expect(getPublicProfile({ handle: "nobody-here" })).toBeNull();
  });

  it("shows a member without a profile with empty sections", async () => {
    const ana = await member();
    expect(getPublicProfile({ handle: ana.handle })).toEqual({
      id: ana.id,
      handle: ana.handle,
      displayName: ana.displayName,
      role: "learner",
      headline: "",
      bio: "",
      timezone: null,
      languages: [],
      topics: [],
      mentor: null,
      learner: null,
    });
  });

  it("carries chosen columns only: never the email or the password hash", async () => {
    const ana = await member();
    saveOwnProfile({ user: ana, input: mentorForm });
    const profile = getPublicProfile({ handle: ana.handle })!;
    const text = JSON.stringify(profile);
    expect(text).not.toContain("@example.org");
    expect(text).not.toContain("scrypt");
    expect(Object.keys(profile).sort()).toEqual(["bio", "displayName", "handle", "headline", "id", "languages", "learner", "mentor", "role", "timezone", "topics"]);
    expect(profile.learner).toEqual({ goals: ["Lead a small team"], level: "intermediate", preferredLanguages: ["English"], preferredTimezone: null });
  });
});
