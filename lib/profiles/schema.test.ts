import { describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/topics/vocabulary";
import { LANGUAGES } from "./languages";
import { profileFormSchema, type ProfileFormInput } from "./schema";

const learner: ProfileFormInput = {
  headline: "Learning to lead",
  bio: "Hello **world**",
  timezone: "Europe/Berlin",
  languages: ["English", "German"],
  topics: ["mentorship"],
  offerMentoring: false,
  goals: "Give a talk\nLead a team",
  level: "beginner",
  preferredLanguages: ["English"],
  preferredTimezone: "",
};

const mentor: ProfileFormInput = {
  ...learner,
  offerMentoring: true,
  expertise: ["Leadership"],
  yearsExperience: "12",
  formats: ["video", "async"],
  hoursPerMonth: "8",
  capacity: "3",
  acceptingMentees: true,
};

/** The messages for one field when the rest of the form is valid. */
function errorsFor(field: string, value: unknown, base: ProfileFormInput = mentor): string[] {
  const result = profileFormSchema.safeParse({ ...base, [field]: value });
  if (result.success) return [];
  return result.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
}

const chars = (n: number, c = "a") => c.repeat(n);
const list = <T>(source: readonly T[], n: number) => source.slice(0, n);

describe("profile form: the whole form", () => {
  it("accepts a learner and leaves the mentor section out", () => {
    const result = profileFormSchema.parse({ ...learner, expertise: ["not a topic"], yearsExperience: "-3" } as ProfileFormInput);
    expect(result).toEqual({
      headline: "Learning to lead",
      bio: "Hello **world**",
      timezone: "Europe/Berlin",
      languages: ["English", "German"],
      topics: ["mentorship"],
      mentor: null,
      goals: ["Give a talk", "Lead a team"],
      level: "beginner",
      preferredLanguages: ["English"],
      preferredTimezone: null,
    });
  });

  it("accepts a mentor and turns typed numbers into numbers", () => {
    expect(profileFormSchema.parse(mentor).mentor).toEqual({
      expertise: ["Leadership"],
      yearsExperience: 12,
      formats: ["video", "async"],
      hoursPerMonth: 8,
      capacity: 3,
      acceptingMentees: true,
    });
  });

  it("drops keys it does not know, such as a forged userId", () => {
    const parsed = profileFormSchema.parse({ ...mentor, userId: 1 } as ProfileFormInput);
    expect(parsed).not.toHaveProperty("userId");
  });

  it("reports every invalid field at once, by field name", () => {
    const result = profileFormSchema.safeParse({ ...mentor, headline: chars(121), capacity: "0", timezone: "Mars/Olympus" });
    expect(result.success).toBe(false);
    expect(new Set(result.error!.issues.map((i) => i.path[0]))).toEqual(new Set(["headline", "capacity", "timezone"]));
  });
});

describe("profile form: text", () => {
  it("headline: up to 120 characters after trimming", () => {
    expect(errorsFor("headline", "")).toEqual([]);
    expect(errorsFor("headline", chars(120))).toEqual([]);
    expect(errorsFor("headline", `  ${chars(120)}  `)).toEqual([]);
    expect(errorsFor("headline", chars(121))).toEqual(["Use at most 120 characters."]);
  });

  it("bio: up to 4000 characters, a CRLF counting as one", () => {
    expect(errorsFor("bio", "")).toEqual([]);
    expect(errorsFor("bio", chars(4000))).toEqual([]);
    expect(errorsFor("bio", chars(4001))).toEqual(["Use at most 4000 characters."]);
    expect(errorsFor("bio", `${chars(1999)}\r\n${chars(2000)}`)).toEqual([]);
    expect(profileFormSchema.parse({ ...learner, bio: "a\r\nb" }).bio).toBe("a\nb");
  });
});

describe("profile form: time zones", () => {
  it("timezone: an IANA zone from the list, required", () => {
    expect(errorsFor("timezone", "America/Sao_Paulo")).toEqual([]);
    expect(errorsFor("timezone", "UTC")).toEqual([]);
    expect(errorsFor("timezone", "Mars/Olympus")).toEqual(["Choose a time zone from the list."]);
    expect(errorsFor("timezone", "")).toEqual(["Choose a time zone from the list."]);
  });

  it("preferredTimezone: a zone from the list or empty", () => {
    expect(errorsFor("preferredTimezone", "")).toEqual([]);
    expect(errorsFor("preferredTimezone", "Asia/Tokyo")).toEqual([]);
    expect(errorsFor("preferredTimezone", "Somewhere")).toEqual(["Choose a time zone from the list, or leave it empty."]);
    expect(profileFormSchema.parse({ ...learner, preferredTimezone: "Asia/Tokyo" }).preferredTimezone).toBe("Asia/Tokyo");
  });
});

describe("profile form: checkbox groups", () => {
  it("languages: from the list, at most 10", () => {
    expect(errorsFor("languages", [])).toEqual([]);
    expect(errorsFor("languages", list(LANGUAGES, 10))).toEqual([]);
    expect(errorsFor("languages", list(LANGUAGES, 11))).toEqual(["Choose at most 10 languages."]);
    expect(errorsFor("languages", ["Klingon"])).toEqual(["Choose languages from the list."]);
  });

  it("languages: a repeated value counts once", () => {
    expect(errorsFor("languages", [...list(LANGUAGES, 10), "English"])).toEqual([]);
    expect(profileFormSchema.parse({ ...learner, languages: ["English", "English"] }).languages).toEqual(["English"]);
  });

  it("topics: from the vocabulary, at most 12", () => {
    expect(errorsFor("topics", [])).toEqual([]);
    expect(errorsFor("topics", list(TOPICS, 12))).toEqual([]);
    expect(errorsFor("topics", list(TOPICS, 13))).toEqual(["Choose at most 12 topics."]);
    expect(errorsFor("topics", ["Cooking"])).toEqual(["Choose topics from the list."]);
  });

  it("preferredLanguages: from the list, at most 10", () => {
    expect(errorsFor("preferredLanguages", list(LANGUAGES, 10))).toEqual([]);
    expect(errorsFor("preferredLanguages", list(LANGUAGES, 11))).toEqual(["Choose at most 10 languages."]);
    expect(errorsFor("preferredLanguages", ["Elvish"])).toEqual(["Choose languages from the list."]);
  });
});

describe("profile form: mentor section", () => {
  it("is not checked at all when mentoring is not offered", () => {
    const result = profileFormSchema.safeParse({ ...learner, expertise: [], yearsExperience: "", formats: [], hoursPerMonth: "x", capacity: "99" });
    expect(result.success).toBe(true);
  });

  it("expertise: 1 to 10 topics from the vocabulary", () => {
    expect(errorsFor("expertise", [])).toEqual(["Choose at least one topic you can mentor in."]);
    expect(errorsFor("expertise", list(TOPICS, 1))).toEqual([]);
    expect(errorsFor("expertise", list(TOPICS, 10))).toEqual([]);
    expect(errorsFor("expertise", list(TOPICS, 11))).toEqual(["Choose at most 10 topics."]);
    expect(errorsFor("expertise", ["Astrology"])).toEqual(["Choose topics from the list."]);
  });

  it("yearsExperience: a whole number from 0 to 60", () => {
    const message = "Enter a whole number of years from 0 to 60.";
    expect(errorsFor("yearsExperience", "0")).toEqual([]);
    expect(errorsFor("yearsExperience", "60")).toEqual([]);
    expect(errorsFor("yearsExperience", " 7 ")).toEqual([]);
    expect(errorsFor("yearsExperience", "-1")).toEqual([message]);
    expect(errorsFor("yearsExperience", "61")).toEqual([message]);
    expect(errorsFor("yearsExperience", "2.5")).toEqual([message]);
    expect(errorsFor("yearsExperience", "")).toEqual([message]);
    expect(errorsFor("yearsExperience", "ten")).toEqual([message]);
  });

  it("formats: at least one of video, chat and async", () => {
    expect(errorsFor("formats", ["chat"])).toEqual([]);
    expect(errorsFor("formats", ["video", "chat", "async"])).toEqual([]);
    expect(errorsFor("formats", [])).toEqual(["Choose at least one way to meet."]);
    expect(errorsFor("formats", ["carrier pigeon"])).toEqual(["Choose from video, chat and async."]);
  });

  it("hoursPerMonth: a whole number from 1 to 160", () => {
    const message = "Enter a whole number of hours from 1 to 160.";
    expect(errorsFor("hoursPerMonth", "1")).toEqual([]);
    expect(errorsFor("hoursPerMonth", "160")).toEqual([]);
    expect(errorsFor("hoursPerMonth", "0")).toEqual([message]);
    expect(errorsFor("hoursPerMonth", "161")).toEqual([message]);
    expect(errorsFor("hoursPerMonth", "")).toEqual([message]);
  });

  it("capacity: a whole number from 1 to 20", () => {
    const message = "Enter a whole number of mentees from 1 to 20.";
    expect(errorsFor("capacity", "1")).toEqual([]);
    expect(errorsFor("capacity", "20")).toEqual([]);
    expect(errorsFor("capacity", "0")).toEqual([message]);
    expect(errorsFor("capacity", "21")).toEqual([message]);
  });

  it("acceptingMentees: a yes or no", () => {
    expect(errorsFor("acceptingMentees", false)).toEqual([]);
    expect(errorsFor("acceptingMentees", "maybe")).not.toEqual([]);
  });
});

describe("profile form: learner section", () => {
  const goals = (n: number) => Array.from({ length: n }, (_, i) => `Goal number ${i + 1}`).join("\n");

  it("goals: one a line, blank lines skipped, at most 10", () => {
    expect(errorsFor("goals", "")).toEqual([]);
    expect(errorsFor("goals", goals(10))).toEqual([]);
    expect(errorsFor("goals", goals(11))).toEqual(["List at most 10 goals, one a line."]);
    expect(profileFormSchema.parse({ ...learner, goals: " Speak up \r\n\r\n\nWrite more\n" }).goals).toEqual(["Speak up", "Write more"]);
  });

  it("goals: each 3 to 200 characters, the message naming the line", () => {
    expect(errorsFor("goals", "abc")).toEqual([]);
    expect(errorsFor("goals", chars(200))).toEqual([]);
    expect(errorsFor("goals", "Fine goal\nab")).toEqual(["Goal 2: use at least 3 characters."]);
    expect(errorsFor("goals", chars(201))).toEqual(["Goal 1: use at most 200 characters."]);
  });

  it("level: one of the levels, or empty for none", () => {
    expect(errorsFor("level", "")).toEqual([]);
    expect(errorsFor("level", "advanced")).toEqual([]);
    expect(errorsFor("level", "wizard")).toEqual(["Choose a level from the list."]);
    expect(profileFormSchema.parse({ ...learner, level: "" }).level).toBeNull();
  });
});
