import { LEARNER_LEVELS, MENTORING_FORMATS } from "@/db/schema/profiles";
import { TOPICS } from "@/lib/topics/vocabulary";
import { LANGUAGES } from "./languages";
import { TIME_ZONES } from "./time-zones";

// Options for the profile form and labels for the public page. Built on the
// server and handed to the client form, so the browser neither imports the
// database schema nor uses its own (possibly different) time-zone list.

export const FORMAT_LABELS: Record<(typeof MENTORING_FORMATS)[number], string> = {
  video: "Video call",
  chat: "Chat",
  async: "Async (messages)",
};

export const LEVEL_LABELS: Record<(typeof LEARNER_LEVELS)[number], string> = {
  beginner: "Beginner",
  intermediate: "Intermediate",
  advanced: "Advanced",
};

const same = (v: string) => ({ value: v, label: v });

export function profileChoices() {
  return {
    topics: TOPICS.map(same),
    languages: LANGUAGES.map(same),
    timeZones: TIME_ZONES.map((z) => ({ value: z, label: z.replaceAll("_", " ") })),
    formats: MENTORING_FORMATS.map((v) => ({ value: v, label: FORMAT_LABELS[v] })),
    levels: LEARNER_LEVELS.map((v) => ({ value: v, label: LEVEL_LABELS[v] })),
  };
}
