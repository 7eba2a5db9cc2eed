import { describe, expect, it } from "vitest";
import { explainMatch, matchesFor, MATCHES_PER_PAGE } from "./match";
import { matchPageHref, parseMatchPage } from "./params";
import { JANUARY, matchingDb } from "./test-fixtures";

const keys = (hints: { key: string }[]) => hints.map((h) => h.key);

describe("matchesFor", () => {
  function community(mentors: number) {
    const t = matchingDb();
    const lou = t.member("lou", { topics: ["Leadership", "Writing"], languages: ["English"], timezone: "Europe/London", level: "intermediate" });
    for (let i = 1; i <= mentors; i++) {
      // Mentor i shares Leadership when even, Writing when divisible by three; experience climbs with i.
      const expertise = [...(i % 2 === 0 ? ["Leadership"] : []), ...(i % 3 === 0 ? ["Writing"] : []), "Design"];
      t.mentor(`m${String(i).padStart(2, "0")}`, { expertise, languages: ["English"], timezone: "Europe/Dublin", yearsExperience: i, capacity: 3 });
    }
    return { ...t, user: { id: lou } };
  }

  it("ranks every available mentor, best first, ten to a page, with the words", () => {
    const { db, user } = community(23);
    const first = matchesFor({ user, page: 1, now: JANUARY, db });
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 23, perPage: MATCHES_PER_PAGE });
    expect(first.items).toHaveLength(10);
    // Both topics (6, 12, 18) first; 12 and 18 years both count fully for an
    // intermediate learner (8 years), so the tie goes to the name.
    expect(first.items.slice(0, 3).map((m) => [m.handle, m.score])).toEqual([
      ["m12", 100],
      ["m18", 100],
      ["m06", 98],
    ]);
    expect(first.items[1]).toMatchObject({ displayName: "m18", headline: "" });
    expect(first.items[1]!.reasons.map((r) => r.words)).toEqual([
      "Shares all 2 of your goals: Leadership, Writing",
      "No time difference",
      "Speaks English",
      "Has room for 3 more",
      "18 years of experience",
    ]);
    const scores = first.items.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const last = matchesFor({ user, page: 3, now: JANUARY, db });
    expect(last.items).toHaveLength(3);
    const all = [1, 2, 3].flatMap((page) => matchesFor({ user, page, now: JANUARY, db }).items.map((m) => m.handle));
    expect(new Set(all).size).toBe(23);
  });

  it("clamps pages past the end to the last, and bad pages to the first", () => {
    const { db, user } = community(12);
    expect(matchesFor({ user, page: 99, now: JANUARY, db }).page).toBe(2);
    expect(matchesFor({ user, page: 0, now: JANUARY, db }).page).toBe(1);
    expect(matchesFor({ user, page: -1, now: JANUARY, db }).page).toBe(1);
    expect(matchesFor({ user, page: 1.5, now: JANUARY, db }).page).toBe(1);
    expect(matchesFor({ user, page: Number.NaN, now: JANUARY, db }).page).toBe(1);
  });

  it("says what it matched on", () => {
    const { db, user } = community(1);
    expect(matchesFor({ user, now: JANUARY, db }).basis).toEqual({
      hasProfile: true,
      goalTopics: ["Leadership", "Writing"],
      languages: ["English"],
      languagesPreferred: false,
      timezone: "Europe/London",
      level: "intermediate",
    });
  });

  it("leaves out the learner, unpublished, suspended, not accepting and full mentors", () => {
    const t = matchingDb();
    const lou = t.mentor("lou", { topics: ["Leadership"] }); // a mentor looking for a mentor
    t.mentor("ok");
    t.mentor("hidden", { mentorPublished: false });
    t.mentor("paused", { acceptingMentees: false });
    t.mentor("suspended", {}, { suspendedUntil: new Date("2026-03-01T00:00:00Z") });
    const full = t.mentor("full", { capacity: 1 });
    t.mentorship(full, t.member("kim", {}));
    const result = matchesFor({ user: { id: lou }, now: JANUARY, db: t.db });
    expect(result.items.map((m) => m.handle)).toEqual(["ok"]);
  });
});

describe("widen hints", () => {
  it("point a member without a profile to it", () => {
    const t = matchingDb();
    t.mentor("ana");
    const user = { id: t.member("new") };
    const result = matchesFor({ user, now: JANUARY, db: t.db });
    expect(result.total).toBe(1);
    expect(result.basis.hasProfile).toBe(false);
    expect(result.widenHints).toEqual([expect.objectContaining({ key: "fill-profile", href: "/account/profile" })]);
  });

  it("say so when no mentor is available at all", () => {
    const t = matchingDb();
    t.mentor("paused", { acceptingMentees: false });
    const user = { id: t.member("lou", { topics: ["Leadership"], languages: ["English"] }) };
    const result = matchesFor({ user, now: JANUARY, db: t.db });
    expect(result).toMatchObject({ total: 0, items: [], page: 1, pageCount: 1 });
    expect(keys(result.widenHints)).toEqual(["no-mentors"]);
    expect(result.widenHints[0]).toMatchObject({ href: "/mentors" });
  });

  it("name the settings to widen when nothing fits", () => {
    const t = matchingDb();
    for (const h of ["a1", "a2", "a3", "a4", "a5", "a6"]) t.mentor(h, { expertise: ["Data science", "Design"], languages: ["English"], timezone: "America/New_York" });
    const user = {
      id: t.member("lou", { topics: ["Writing"], languages: ["English", "Japanese"], preferredLanguages: ["Japanese"], timezone: "Europe/London", preferredTimezone: "Asia/Tokyo" }),
    };
    const hints = matchesFor({ user, now: JANUARY, db: t.db }).widenHints;
    expect(keys(hints)).toEqual(["broader-topics", "widen-languages", "far-timezone"]);
    expect(hints[0]!.text).toBe("No mentor taking new mentees covers Writing: add more topics to your profile. Mentors most often cover Data science and Design.");
    expect(hints[1]!.text).toBe("No mentor taking new mentees speaks Japanese: add a preferred language or remove the preference.");
    expect(hints[2]!.text).toBe("Your preferred time zone (Asia/Tokyo) is far from most mentors (only 0 of 6 mentors are within 4 hours): remove the preference or choose another time zone.");
  });

  it("ask for topics and languages when the profile has none", () => {
    const t = matchingDb();
    t.mentor("ana", { expertise: ["Leadership"] });
    const user = { id: t.member("lou", { goals: ["Find my feet"], timezone: "UTC" }) };
    expect(keys(matchesFor({ user, now: JANUARY, db: t.db }).widenHints)).toEqual(["add-topics", "add-languages"]);
  });

  it("suggest more topics when few mentors share them, and none when the profile is rich enough", () => {
    const t = matchingDb();
    t.mentor("ana", { expertise: ["Leadership"] });
    for (const h of ["b1", "b2", "b3", "b4", "b5"]) t.mentor(h, { expertise: ["Design"] });
    const thin = { id: t.member("lou", { topics: ["Leadership"], languages: ["English"], timezone: "UTC" }) };
    const hints = matchesFor({ user: thin, now: JANUARY, db: t.db }).widenHints;
    expect(keys(hints)).toEqual(["more-topics"]);
    expect(hints[0]!.text).toContain("Only 1 mentor taking new mentees covers Leadership");
    const rich = { id: t.member("sam", { topics: ["Leadership", "Design"], languages: ["English"], timezone: "UTC" }) };
    expect(matchesFor({ user: rich, now: JANUARY, db: t.db }).widenHints).toEqual([]);
  });
});

describe("explainMatch", () => {
  function setup() {
    const t = matchingDb();
    const lou = t.mentor("lou", { topics: ["Leadership"], languages: ["English"], timezone: "UTC" });
    t.mentor("ana", { expertise: ["Leadership"], yearsExperience: 9 });
    t.mentor("paused", { acceptingMentees: false });
    t.mentor("hidden", { mentorPublished: false });
    t.mentor("suspended", {}, { suspendedUntil: new Date("2026-03-01T00:00:00Z") });
    const full = t.mentor("full", { capacity: 1 });
    t.mentorship(full, t.member("kim", {}));
    return { ...t, user: { id: lou } };
  }

  it("gives the same breakdown as /match", () => {
    const { db, user } = setup();
    const explained = explainMatch({ user, mentorHandle: "ana", now: JANUARY, db });
    const listed = matchesFor({ user, now: JANUARY, db }).items.find((m) => m.handle === "ana")!;
    expect(explained).toEqual({ kind: "scored", mentor: { handle: "ana", displayName: "ana" }, score: listed.score, reasons: listed.reasons, hasProfile: true });
  });

  it("says why a mentor would not appear", () => {
    const { db, user } = setup();
    const why = (mentorHandle: string) => {
      const e = explainMatch({ user, mentorHandle, now: JANUARY, db });
      return e.kind === "excluded" ? [e.reason, e.words] : e.kind;
    };
    expect(why("lou")).toEqual(["self", "This is you."]);
    expect(why("paused")).toEqual(["not-accepting", "Not taking new mentees right now."]);
    expect(why("full")).toEqual(["full", "Full: every place is taken right now."]);
    expect(why("hidden")).toEqual(["unpublished", "Not offering mentoring."]);
    expect(why("kim")).toEqual(["unpublished", "Not offering mentoring."]);
    expect(why("suspended")).toEqual(["suspended", "Not available for new mentees right now."]);
    expect(why("nobody")).toBe("unknown-mentor");
  });
});

describe("?page=", () => {
  it("reads whole numbers from 1 and turns anything else into 1", () => {
    expect(parseMatchPage("3")).toBe(3);
    expect(parseMatchPage(["2", "5"])).toBe(2);
    for (const bad of [undefined, "", "0", "-2", "2.5", "abc", "1e3", " 2", "99999999", []]) expect(parseMatchPage(bad as string | string[] | undefined)).toBe(1);
    expect(matchPageHref(1)).toBe("/match");
    expect(matchPageHref(4)).toBe("/match?page=4");
  });
});
