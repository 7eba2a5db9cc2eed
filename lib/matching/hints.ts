import { WEIGHTS } from "./weights";
import { goalTopicsOf, learnerZoneOf, wantedLanguagesOf, type LearnerForMatching, type MentorForMatching, type Scorer } from "./score";

// What a learner could change in their profile to get better matches: said
// when nothing fits or when their settings leave little to match on. Pure:
// computed from the learner and the mentors who may appear (already filtered).

export type WidenHintKey =
  | "fill-profile"
  | "no-mentors"
  | "add-topics"
  | "broader-topics"
  | "more-topics"
  | "add-languages"
  | "widen-languages"
  | "other-languages"
  | "far-timezone";

export type WidenHint = { key: WidenHintKey; text: string; href?: string };

const PROFILE = "/account/profile";
/** Fewer mentors than this sharing the learner's topics is "few". */
export const FEW_MENTORS = 5;
/** A language spoken by less than this share of the mentors narrows the list too much. */
export const FEW_SPEAKERS_SHARE = 0.2;
/** "Near in time": within this many hours. */
export const NEAR_HOURS = 4;
/** Fewer than this share of mentors near in time: the zone is "far from most mentors". */
export const FEW_NEAR_SHARE = 0.25;

const listWords = (items: readonly string[], last: "and" | "or") =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
const zoneName = (z: string) => z.replaceAll("_", " ");
const mentorsWord = (n: number) => (n === 1 ? "mentor" : "mentors");

/** The topics most mentors cover that the learner does not have yet, most common first (then by name). */
function commonExpertise(mentors: readonly MentorForMatching[], exclude: readonly string[], limit: number): string[] {
  const skip = new Set(exclude);
  const counts = new Map<string, number>();
  for (const m of mentors) for (const e of m.expertise) if (!skip.has(e)) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([topic]) => topic);
}

/**
 * Which of the learner's settings to widen, in words, most useful first.
 * `mentors` are those who may appear (after the exclusions); `scorer` is the
 * learner's, at the same `now`.
 */
export function widenHints({
  learner,
  hasProfile,
  mentors,
  scorer,
}: {
  learner: LearnerForMatching;
  hasProfile: boolean;
  mentors: readonly MentorForMatching[];
  scorer: Scorer;
}): WidenHint[] {
  const hints: WidenHint[] = [];
  const total = mentors.length;

  if (!hasProfile) {
    hints.push({
      key: "fill-profile",
      text: "Fill in your profile (the topics you want help with, your goals, the languages you speak and your time zone): until then mentors are ranked only by room and experience.",
      href: PROFILE,
    });
  }
  if (total === 0) {
    hints.push({ key: "no-mentors", text: "No mentor is taking new mentees right now. Browse all mentors and check back later.", href: "/mentors" });
    return hints;
  }
  if (!hasProfile) return hints;

  let sharing = 0;
  let speakers = 0;
  let near = 0;
  for (const m of mentors) {
    const p = scorer.points(m);
    if (p.goals > 0) sharing++;
    if (p.language === WEIGHTS.language) speakers++;
    const h = scorer.hoursApart(m);
    if (h !== null && h <= NEAR_HOURS) near++;
  }

  // Topics: the largest share of the score.
  const goalTopics = goalTopicsOf(learner);
  const common = commonExpertise(mentors, goalTopics, 3);
  const suggestion = common.length > 0 ? ` Mentors most often cover ${listWords(common, "and")}.` : "";
  if (goalTopics.length === 0) {
    hints.push({
      key: "add-topics",
      text: `Add topics to your profile, or name them in your goals (for example “Leadership”): shared topics count for ${WEIGHTS.goals} of the 100 points.${suggestion}`,
      href: PROFILE,
    });
  } else if (sharing === 0) {
    hints.push({ key: "broader-topics", text: `No mentor taking new mentees covers ${listWords(goalTopics, "or")}: add more topics to your profile.${suggestion}`, href: PROFILE });
  } else if (sharing < FEW_MENTORS) {
    hints.push({
      key: "more-topics",
      text: `Only ${sharing} ${mentorsWord(sharing)} taking new mentees ${sharing === 1 ? "covers" : "cover"} ${listWords(goalTopics, "or")}: add more topics to your profile.${suggestion}`,
      href: PROFILE,
    });
  } else if (goalTopics.length === 1) {
    hints.push({ key: "more-topics", text: `You have one topic (${goalTopics[0]}): add more topics to your profile so the best matches stand out.`, href: PROFILE });
  }

  // Languages.
  const wanted = wantedLanguagesOf(learner);
  if (wanted.length === 0) {
    hints.push({ key: "add-languages", text: "Add the languages you speak to your profile, so mentors you can talk with rank first.", href: PROFILE });
  } else if (learner.preferredLanguages.length > 0 && speakers < total * FEW_SPEAKERS_SHARE) {
    const few = speakers === 0 ? "No mentor taking new mentees speaks" : `Only ${speakers} of ${total} mentors speak`;
    hints.push({ key: "widen-languages", text: `${few} ${listWords(wanted, "or")}: add a preferred language or remove the preference.`, href: PROFILE });
  } else if (speakers === 0) {
    hints.push({ key: "other-languages", text: `No mentor taking new mentees speaks ${listWords(wanted, "or")}: add any other language you speak to your profile.`, href: PROFILE });
  }

  // Time zone.
  const zone = learnerZoneOf(learner);
  if (zone && near < total * FEW_NEAR_SHARE) {
    const few = `only ${near} of ${total} mentors are within ${NEAR_HOURS} hours`;
    hints.push({
      key: "far-timezone",
      text: learner.preferredTimezone
        ? `Your preferred time zone (${zoneName(zone)}) is far from most mentors (${few}): remove the preference or choose another time zone.`
        : `Your time zone (${zoneName(zone)}) is far from most mentors (${few}): if you can meet at other hours, set a preferred time zone in your profile.`,
      href: PROFILE,
    });
  }

  return hints;
}
