// The one list of topics that profiles (interests, expertise) and articles
// share, so a mentor's expertise can be matched with what people read.
// It starts from the seed articles' subjects and keywords (db/seed/*.txt),
// spelled as the importer stores them so an article's keyword is a topic as
// is, plus the topics a mentorship community obviously needs.

const FROM_SEED_SUBJECTS = ["Education Studies", "Engineering", "Education & Career"];

const FROM_SEED_KEYWORDS = [
  "community support",
  "professional development",
  "networking",
  "mentorship",
  "resources",
  "supportive environment",
  "learning opportunities",
  "sense of belonging",
  "leadership development",
  "engineering organizations",
  "training programs",
  "certifications",
  "advocacy",
  "community engagement",
  "collaborations",
  "scholarships",
  "funding opportunities",
];

const ADDED = [
  "Career growth",
  "Leadership",
  "Learning communities",
  "Support networks",
  "Software engineering",
  "Data science",
  "Design",
  "Product management",
  "Public speaking",
  "Writing",
];

const byName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

/** Sorted alphabetically (case ignored); a name that differs only in case appears once. */
export const TOPICS: readonly string[] = Object.freeze(
  [...new Map([...FROM_SEED_SUBJECTS, ...FROM_SEED_KEYWORDS, ...ADDED].map((t) => [t.toLowerCase(), t])).values()].sort(byName),
);

const known = new Set(TOPICS);

/** Exact spelling only: a form posts back the names it was given. */
export function isTopic(value: unknown): value is string {
  return typeof value === "string" && known.has(value);
}
