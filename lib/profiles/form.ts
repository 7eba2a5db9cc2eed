import type { z } from "zod";
import { invalid } from "@/lib/forms/form-state";
import type { OwnProfile } from "./queries";

// The profile form in both directions: FormData → the schema's input, and a
// saved profile → what the form shows. No "server-only": the client form
// imports its types.

export type ProfileFormFields = {
  headline: string;
  bio: string;
  timezone: string;
  languages: string[];
  topics: string[];
  offerMentoring: boolean;
  expertise: string[];
  yearsExperience: string;
  formats: string[];
  hoursPerMonth: string;
  capacity: string;
  acceptingMentees: boolean;
  goals: string;
  level: string;
  preferredLanguages: string[];
  preferredTimezone: string;
};

/** What the profile action answers; `fields` is what the form shows next: as typed after an error, as stored after a save. */
export type ProfileFormState = {
  status: "idle" | "error" | "saved";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  fields: ProfileFormFields;
};

const TEXT = ["headline", "bio", "timezone", "yearsExperience", "hoursPerMonth", "capacity", "goals", "level", "preferredTimezone"] as const;
const LISTS = ["languages", "topics", "expertise", "formats", "preferredLanguages"] as const;

export const FIELD_LABELS: Record<keyof ProfileFormFields, string> = {
  headline: "Headline",
  bio: "Bio",
  timezone: "Time zone",
  languages: "Languages you speak",
  topics: "Topics you care about",
  offerMentoring: "Offer mentoring",
  expertise: "Topics you can mentor in",
  yearsExperience: "Years of experience",
  formats: "Ways to meet",
  hoursPerMonth: "Hours a month",
  capacity: "Mentees at most",
  acceptingMentees: "Accepting new mentees",
  goals: "Your goals",
  level: "Your level",
  preferredLanguages: "Preferred languages for a mentor",
  preferredTimezone: "Preferred time zone for a mentor",
};

/** Checkbox groups arrive as repeated names (getAll); a ticked box sends "on", an unticked one nothing. Anything else posted is not read. */
export function readProfileForm(formData: FormData): ProfileFormFields {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const list = (name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string");
  return {
    ...(Object.fromEntries(TEXT.map((n) => [n, text(n)])) as Record<(typeof TEXT)[number], string>),
    ...(Object.fromEntries(LISTS.map((n) => [n, list(n)])) as Record<(typeof LISTS)[number], string[]>),
    offerMentoring: formData.has("offerMentoring"),
    acceptingMentees: formData.has("acceptingMentees"),
  };
}

export function fieldsFromProfile(p: OwnProfile): ProfileFormFields {
  const number = (n: number | null) => (n === null ? "" : String(n));
  return {
    headline: p.headline,
    bio: p.bio,
    timezone: p.timezone,
    languages: p.languages,
    topics: p.topics,
    offerMentoring: p.mentorPublished,
    expertise: p.expertise,
    yearsExperience: number(p.yearsExperience),
    formats: p.formats,
    hoursPerMonth: number(p.hoursPerMonth),
    capacity: number(p.capacity),
    acceptingMentees: p.acceptingMentees,
    goals: p.goals.join("\n"),
    level: p.level ?? "",
    preferredLanguages: p.preferredLanguages,
    preferredTimezone: p.preferredTimezone ?? "",
  };
}

/** Errors by field, the typed values kept, and a summary naming the fields so the live region says where to look. */
export function invalidProfile(error: z.ZodError, fields: ProfileFormFields): ProfileFormState {
  const { fieldErrors = {} } = invalid(error, {});
  // In the order of the form, which is the order of FIELD_LABELS.
  const names = Object.entries(FIELD_LABELS)
    .filter(([name]) => fieldErrors[name]?.length)
    .map(([, label]) => label);
  const message = names.length ? `Please correct the fields marked below: ${names.join(", ")}.` : "Please correct the fields marked below.";
  return { status: "error", message, fieldErrors, fields };
}
