import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { profiles } from "@/db/schema";
import { loadCandidates, loadLearner, loadMentorByHandle } from "./candidates";
import { JANUARY, matchingDb } from "./test-fixtures";

describe("loadCandidates", () => {
  function setup() {
    const t = matchingDb();
    // The learner is a published mentor too: never their own match.
    const learner = t.mentor("lou", { topics: ["Leadership"], languages: ["English"], timezone: "Europe/London" });
    const others = [t.member("kim", {}), t.member("max", {})];
    const ids = {
      ana: t.mentor("ana", { capacity: 2, expertise: ["Leadership", "Writing"], languages: ["Spanish", "English"], timezone: "Europe/Madrid", yearsExperience: 12 }),
      bo: t.mentor("bo", { acceptingMentees: false }),
      cy: t.mentor("cy", { capacity: 1 }), // full: one active mentee
      di: t.mentor("di", {}, { suspendedUntil: new Date("2026-02-01T00:00:00Z") }),
      ed: t.mentor("ed", {}, { suspendedUntil: new Date("2026-01-01T00:00:00Z") }), // suspension over
      fi: t.mentor("fi", { mentorPublished: false }),
      gus: t.mentor("gus", { capacity: 2 }), // one active, one completed: one free place
      hal: t.mentor("hal", { capacity: null }),
    };
    t.mentorship(ids.cy, others[0]!);
    t.mentorship(ids.gus, others[0]!);
    t.mentorship(ids.gus, others[1]!, "completed");
    t.mentorship(ids.ana, others[1]!, "cancelled");
    return { ...t, learner, ids };
  }

  it("returns only mentors who may take the learner on, with their active mentees counted", () => {
    const { db, learner } = setup();
    const rows = loadCandidates(db, { learnerId: learner, now: JANUARY });
    // Not: lou (self), bo (not accepting), cy (full), di (suspended), fi (unpublished), hal (no capacity), kim and max (learners).
    expect(rows.map((r) => [r.handle, r.activeMentees])).toEqual([
      ["ana", 0],
      ["ed", 0],
      ["gus", 1],
    ]);
  });

  it("sees every write before the next read, from this connection or another process", () => {
    const { db, file, learner, ids } = setup();
    expect(loadCandidates(db, { learnerId: learner, now: JANUARY }).map((r) => r.handle)).toEqual(["ana", "ed", "gus"]);
    db.update(profiles).set({ acceptingMentees: false }).where(eq(profiles.userId, ids.ana)).run();
    expect(loadCandidates(db, { learnerId: learner, now: JANUARY }).map((r) => r.handle)).toEqual(["ed", "gus"]);
    const other = openDatabase(file);
    other.update(profiles).set({ capacity: 5 }).where(eq(profiles.userId, ids.cy)).run();
    other.$client.close();
    expect(loadCandidates(db, { learnerId: learner, now: JANUARY }).map((r) => r.handle)).toEqual(["cy", "ed", "gus"]);
  });

  it("brings the fields scoring and the page need", () => {
    const { db, learner, ids } = setup();
    const ana = loadCandidates(db, { learnerId: learner, now: JANUARY }).find((r) => r.handle === "ana");
    expect(ana).toEqual({
      userId: ids.ana,
      handle: "ana",
      displayName: "ana",
      headline: "",
      timezone: "Europe/Madrid",
      languages: ["Spanish", "English"],
      expertise: ["Leadership", "Writing"],
      yearsExperience: 12,
      capacity: 2,
      activeMentees: 0,
      acceptingMentees: true,
      mentorPublished: true,
      suspendedUntil: null,
    });
  });
});

describe("loadLearner and loadMentorByHandle", () => {
  it("reads a learner's profile, or an empty one with no time zone", () => {
    const t = matchingDb();
    const lou = t.member("lou", { topics: ["Writing"], goals: ["Write more"], level: "beginner", languages: ["French"], preferredLanguages: ["French"], timezone: "Europe/Paris", preferredTimezone: "UTC" });
    const newcomer = t.member("new");
    expect(loadLearner(t.db, { userId: lou })).toEqual({
      userId: lou,
      topics: ["Writing"],
      goals: ["Write more"],
      level: "beginner",
      languages: ["French"],
      preferredLanguages: ["French"],
      timezone: "Europe/Paris",
      preferredTimezone: "UTC",
      hasProfile: true,
    });
    expect(loadLearner(t.db, { userId: newcomer })).toMatchObject({ hasProfile: false, timezone: null, topics: [], languages: [] });
  });

  it("finds any member by handle, whatever their state", () => {
    const t = matchingDb();
    const cy = t.mentor("cy", { capacity: 1 });
    t.mentorship(cy, t.member("kim", {}));
    t.member("new");
    expect(loadMentorByHandle(t.db, { handle: "cy" })).toMatchObject({ handle: "cy", capacity: 1, activeMentees: 1, mentorPublished: true });
    expect(loadMentorByHandle(t.db, { handle: "new" })).toMatchObject({ handle: "new", mentorPublished: false, acceptingMentees: false });
    expect(loadMentorByHandle(t.db, { handle: "nobody" })).toBeNull();
  });
});
