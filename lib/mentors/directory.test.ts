import { describe, expect, it } from "vitest";
import { profiles, users } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";
import { listMentors, loosenHints, MENTORS_PER_PAGE } from "./directory";
import { directoryFiltersSchema, directoryHref, parseDirectoryFilters } from "./directory-schema";
import { hoursApart } from "./time-offsets";

const filters = (raw: Record<string, string> = {}) => directoryFiltersSchema.parse(raw);
const JANUARY = new Date("2026-01-15T12:00:00Z");

function setup() {
  const { db } = createTestDatabase();
  const add = (handle: string, p: Partial<typeof profiles.$inferInsert>, role: "mentor" | "learner" = "mentor") => {
    const { id } = db.insert(users).values({ email: `${handle}@example.org`, handle, displayName: handle, role }).returning({ id: users.id }).get();
    db.insert(profiles).values({ userId: id, mentorPublished: role === "mentor", ...p }).run();
  };
  add("ana", { expertise: ["Leadership"], languages: ["Spanish", "English"], formats: ["video"], timezone: "Europe/Madrid", acceptingMentees: true, yearsExperience: 12, capacity: 2 });
  add("bo", { expertise: ["Design"], languages: ["English"], formats: ["chat", "async"], timezone: "America/New_York", acceptingMentees: false, yearsExperience: 20, capacity: 5 });
  add("cy", { expertise: ["Leadership", "Design"], languages: ["Japanese"], formats: ["async"], timezone: "Asia/Tokyo", acceptingMentees: true, yearsExperience: 3, capacity: 4 });
  add("lou", { expertise: ["Leadership"], languages: ["English"] }, "learner");
  return db;
}

const handles = (db: ReturnType<typeof setup>, raw: Record<string, string>) => listMentors(db, { filters: filters(raw), at: JANUARY }).items.map((m) => m.handle);

describe("mentor directory", () => {
  it("lists published mentors only", () => {
    expect(handles(setup(), {})).toEqual(["ana", "bo", "cy"]);
  });

  it("filters by topic, language, format and accepting", () => {
    const db = setup();
    expect(handles(db, { topic: "Leadership" })).toEqual(["ana", "cy"]);
    expect(handles(db, { language: "English" })).toEqual(["ana", "bo"]);
    expect(handles(db, { format: "async" })).toEqual(["bo", "cy"]);
    expect(handles(db, { accepting: "1" })).toEqual(["ana", "cy"]);
    expect(handles(db, { topic: "Design", accepting: "1" })).toEqual(["cy"]);
  });

  it("keeps mentors within N hours of a time zone", () => {
    const db = setup();
    expect(hoursApart("Europe/Madrid", "America/New_York", JANUARY)).toBe(6);
    expect(handles(db, { tz: "Europe/London", within: "1" })).toEqual(["ana"]);
    expect(handles(db, { tz: "Europe/London", within: "5" })).toEqual(["ana", "bo"]);
    expect(handles(db, { tz: "Europe/London" })).toEqual([]);
  });

  it("sorts by experience or by room", () => {
    const db = setup();
    expect(handles(db, { sort: "experience" })).toEqual(["bo", "ana", "cy"]);
    expect(handles(db, { sort: "room" })).toEqual(["cy", "ana", "bo"]);
  });

  it("drops unknown filter values instead of failing, and clamps the page", () => {
    const parsed = parseDirectoryFilters({ topic: "<script>", language: "Klingon", tz: "Mars/Base", within: "99", format: "fax", sort: "x", page: ["-3"] });
    expect(parsed).toEqual({ sort: "name", page: 1 });
    const db = setup();
    expect(listMentors(db, { filters: filters({ page: "50" }), at: JANUARY }).page).toBe(1);
    expect(MENTORS_PER_PAGE).toBeGreaterThan(3);
  });

  it("builds shareable URLs and says what to loosen", () => {
    expect(directoryHref({ topic: "Leadership", sort: "name", page: 1 })).toBe("/mentors?topic=Leadership");
    expect(directoryHref({ language: "English", page: 2 })).toBe("/mentors?language=English&page=2");
    expect(loosenHints(filters({ accepting: "1", language: "Swahili" }))).toEqual([
      "include mentors who are not taking new mentees right now",
      "remove the language (Swahili)",
    ]);
  });
});
