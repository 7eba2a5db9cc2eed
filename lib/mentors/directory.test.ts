import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mentorshipRequests, mentorships, profiles, users } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";
import { listMentors, loosenHints, mentorMatchExpression, MENTORS_PER_PAGE } from "./directory";
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
  add("ana", {
    headline: "Staff engineer at a fintech",
    bio: "I help people grow into their first lead role. Weekends are for the garden.",
    expertise: ["Leadership"],
    languages: ["Spanish", "English"],
    formats: ["video"],
    timezone: "Europe/Madrid",
    acceptingMentees: true,
    yearsExperience: 12,
    capacity: 2,
  });
  add("bo", {
    headline: "Product designer",
    bio: "Twenty years of interfaces; lately Kubernetes dashboards.",
    expertise: ["Design"],
    languages: ["English"],
    formats: ["chat", "async"],
    timezone: "America/New_York",
    acceptingMentees: false,
    yearsExperience: 20,
    capacity: 5,
  });
  add("cy", {
    headline: "Engineering manager",
    bio: "I mentor first-time managers through their first year.",
    expertise: ["Leadership", "Design"],
    languages: ["Japanese"],
    formats: ["async"],
    timezone: "Asia/Tokyo",
    acceptingMentees: true,
    yearsExperience: 3,
    capacity: 4,
  });
  add("lou", { bio: "Learning about the garden of leadership.", expertise: ["Leadership"], languages: ["English"] }, "learner");
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

  it("sorts by room by free places: capacity minus active mentorships", () => {
    const db = setup();
    const id = (handle: string) => db.select({ id: users.id }).from(users).where(eq(users.handle, handle)).get()!.id;
    const learner = id("lou");
    const mentor = (handle: string, status: "active" | "completed" | "cancelled", times: number) => {
      for (let i = 0; i < times; i++) {
        const now = new Date();
        const request = db
          .insert(mentorshipRequests)
          .values({ learnerId: learner, mentorId: id(handle), message: "Hello", status: "accepted", createdAt: now, expiresAt: now, closedAt: now })
          .returning({ id: mentorshipRequests.id })
          .get();
        db.insert(mentorships).values({ requestId: request.id, learnerId: learner, mentorId: id(handle), status, createdAt: now }).run();
      }
    };
    mentor("cy", "active", 3); // capacity 4: 1 free
    mentor("ana", "completed", 2); // ended ones do not count: 2 free
    mentor("ana", "cancelled", 1);
    const { items } = listMentors(db, { filters: filters({ sort: "room" }), at: JANUARY });
    expect(items.map((m) => [m.handle, m.freePlaces])).toEqual([
      ["ana", 2],
      ["cy", 1],
      ["bo", 5], // not taking new mentees: last whatever the room
    ]);
    mentor("ana", "active", 3); // more than capacity: 0, never below
    expect(listMentors(db, { filters: filters({ sort: "room" }), at: JANUARY }).items.map((m) => [m.handle, m.freePlaces])).toEqual([
      ["cy", 1],
      ["ana", 0],
      ["bo", 5],
    ]);
  });

  it("drops unknown filter values instead of failing, and clamps the page", () => {
    const parsed = parseDirectoryFilters({ topic: "<script>", language: "Klingon", tz: "Mars/Base", within: "99", format: "fax", sort: "x", page: ["-3"] });
    expect(parsed).toEqual({ sort: "name", page: 1 });
    const db = setup();
    expect(listMentors(db, { filters: filters({ page: "50" }), at: JANUARY }).page).toBe(1);
    expect(MENTORS_PER_PAGE).toBeGreaterThan(3);
  });

  it("builds shareable URLs that keep the search", () => {
    expect(directoryHref({ q: "product design", topic: "Design", sort: "relevance", page: 2 })).toBe("/mentors?q=product+design&topic=Design&page=2");
    expect(directoryHref({ q: "design", sort: "name", page: 1 })).toBe("/mentors?q=design&sort=name");
    const parsed = parseDirectoryFilters({ q: "  product design ", page: "2" });
    expect(parsed).toEqual({ q: "product design", sort: "relevance", page: 2 });
    expect(directoryHref(parsed)).toBe("/mentors?q=product+design&page=2");
    expect(parseDirectoryFilters(Object.fromEntries(new URL(directoryHref(parsed), "http://x").searchParams))).toEqual(parsed);
  });

  it("drops an empty, wordless or too long search; relevance without a search is by name", () => {
    expect(parseDirectoryFilters({ q: "   " })).toEqual({ sort: "name", page: 1 });
    expect(parseDirectoryFilters({ q: '"*"' })).toEqual({ sort: "name", page: 1 });
    expect(parseDirectoryFilters({ q: "a".repeat(101) })).toEqual({ sort: "name", page: 1 });
    expect(parseDirectoryFilters({ q: "a".repeat(100) }).q).toHaveLength(100);
    expect(parseDirectoryFilters({ sort: "relevance" })).toEqual({ sort: "name", page: 1 });
    expect(parseDirectoryFilters({ q: "design", sort: "" })).toEqual({ q: "design", sort: "relevance", page: 1 });
    expect(parseDirectoryFilters({ q: "design", sort: "experience" })).toEqual({ q: "design", sort: "experience", page: 1 });
  });

  it("builds shareable URLs and says what to loosen", () => {
    expect(directoryHref({ topic: "Leadership", sort: "name", page: 1 })).toBe("/mentors?topic=Leadership");
    expect(directoryHref({ language: "English", page: 2 })).toBe("/mentors?language=English&page=2");
    expect(loosenHints(filters({ accepting: "1", language: "Swahili" }))).toEqual([
      "include mentors who are not taking new mentees right now",
      "remove the language (Swahili)",
    ]);
    expect(loosenHints(filters({ q: "kubernetes", topic: "Design" }))).toEqual([
      "search with fewer or other words than “kubernetes”",
      "choose a broader topic than Design",
    ]);
  });
});

describe("mentor search", () => {
  const search = (db: ReturnType<typeof setup>, q: string, raw: Record<string, string> = {}) => handles(db, { q, ...raw });

  it("finds mentors by a word in the bio, headline, expertise or name", () => {
    const db = setup();
    expect(search(db, "kubernetes")).toEqual(["bo"]);
    expect(search(db, "fintech")).toEqual(["ana"]);
    expect(search(db, "Leadership", { sort: "name" })).toEqual(["ana", "cy"]); // lou has it too, but is not a published mentor
    expect(search(db, "design", { sort: "name" })).toEqual(["bo", "cy"]);
    expect(search(db, "cy")).toEqual(["cy"]);
    expect(search(db, "nothing-like-this")).toEqual([]);
  });

  it("stems words, matches the last one as a prefix, and needs every word", () => {
    const db = setup();
    expect(search(db, "mentoring")).toEqual(["cy"]);
    expect(search(db, "MANAGING")).toEqual(["cy"]);
    expect(search(db, "kuber")).toEqual(["bo"]);
    expect(search(db, "engineer manager")).toEqual(["cy"]);
    expect(search(db, "product fintech")).toEqual([]);
  });

  it("orders by relevance when searching, the name weighing most", () => {
    const db = setup();
    db.update(users).set({ displayName: "garden bo" }).where(eq(users.handle, "bo")).run();
    expect(search(db, "garden")).toEqual(["bo", "ana"]);
    expect(listMentors(db, { filters: filters({ q: "garden" }), at: JANUARY }).total).toBe(2);
    expect(search(db, "garden", { sort: "name" })).toEqual(["ana", "bo"]);
  });

  it("keeps up with profile edits, renames and deleted accounts", () => {
    const db = setup();
    const bo = db.select({ id: users.id }).from(users).where(eq(users.handle, "bo")).get()!.id;
    db.update(profiles).set({ bio: "Now mostly woodworking." }).where(eq(profiles.userId, bo)).run();
    expect(search(db, "kubernetes")).toEqual([]);
    expect(search(db, "woodworking")).toEqual(["bo"]);
    db.update(profiles).set({ expertise: ["Career change"] }).where(eq(profiles.userId, bo)).run();
    expect(search(db, "career")).toEqual(["bo"]);
    expect(search(db, "interfaces")).toEqual([]);

    db.update(users).set({ displayName: "Beatrix Okafor" }).where(eq(users.id, bo)).run();
    expect(search(db, "okafor")).toEqual(["bo"]);
    expect(search(db, "bo")).toEqual([]);

    db.delete(users).where(eq(users.id, bo)).run();
    expect(search(db, "woodworking")).toEqual([]);
    const left = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM mentors_fts WHERE rowid = ${bo}`);
    expect(left.n).toBe(0);
  });

  it("combines the search with the other filters", () => {
    const db = setup();
    expect(search(db, "leadership", { language: "English" })).toEqual(["ana"]);
    expect(search(db, "design", { accepting: "1" })).toEqual(["cy"]);
    expect(search(db, "design", { format: "video" })).toEqual([]);
    expect(search(db, "leadership", { sort: "experience" })).toEqual(["ana", "cy"]);
    expect(search(db, "leadership", { sort: "room" })).toEqual(["cy", "ana"]);
    expect(search(db, "leadership", { tz: "Asia/Seoul" })).toEqual(["cy"]);
  });

  const HOSTILE = [
    '"',
    "'",
    "*",
    "NEAR(",
    "NEAR(ana bo, 2)",
    "ana NEAR/2 bo",
    '"unterminated',
    ") OR (",
    "-bo",
    "^ana",
    "AND",
    "OR NOT AND",
    "ana AND OR bo",
    "display_name: ana",
    "{display_name bio}: ana",
    "bio:kubernetes",
    "mentors_fts",
    "'; DROP TABLE users; --",
    'ana" OR "1"="1',
    "ana*",
    "*ana",
    "a\u0000b",
    "\0",
    "%_%",
    "😀 design",
    "é",
    "e\u0301",
    "ﬁntech",
    "\u{1E4D0}", // a letter newer than SQLite's Unicode tables
    "design".repeat(16),
    "a b c d e f g h i j k l m n o p",
    "x".repeat(5000),
    "🙂".repeat(60),
    "\u202Edesign",
  ];

  it("never passes typed text to FTS5 as syntax: hostile input returns results or nothing, never an error", () => {
    const db = setup();
    for (const raw of HOSTILE) {
      const parsed = parseDirectoryFilters({ q: raw, sort: "relevance" });
      expect(() => listMentors(db, { filters: parsed, at: JANUARY }), raw).not.toThrow();
      // Even when the schema is bypassed.
      const unchecked = { ...filters(), q: raw, sort: "relevance" as const };
      expect(() => listMentors(db, { filters: unchecked, at: JANUARY }), raw).not.toThrow();
      const match = mentorMatchExpression(raw);
      if (match) expect(match).toMatch(/^("[\p{L}\p{N}]+" )*"[\p{L}\p{N}]+"\*$/u);
    }
    expect(search(db, "bio:kubernetes")).toEqual([]); // two words, and "bio" is in no profile
    expect(search(db, '"kubernetes*)')).toEqual(["bo"]);
    expect(search(db, '"unterminated')).toEqual([]);
    expect(search(db, "ana*")).toEqual(["ana"]);
    expect(search(db, "ﬁntech")).toEqual(["ana"]);
    expect(handles(db, { q: "x".repeat(5000) })).toEqual(["ana", "bo", "cy"]); // too long: dropped
  });
});
