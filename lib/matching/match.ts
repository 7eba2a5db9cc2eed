import "server-only";
import { getDb, type Db } from "@/db/client";
import type { PublicUser } from "@/lib/accounts/users";
import { loadCandidates, loadLearner, loadMentorByHandle } from "./candidates";
import { widenHints, type WidenHint } from "./hints";
import { createScorer, EXCLUSION_WORDS, exclusionOf, learnerZoneOf, rankMentors, wantedLanguagesOf, type Exclusion, type Level, type Reason } from "./score";

// /match for the signed-in learner: every mentor who could take them on,
// ranked, one page with the reasons in words, and what to widen when little
// fits. explainMatch gives the same breakdown for one mentor's page.

export const MATCHES_PER_PAGE = 10;

export type MatchItem = { handle: string; displayName: string; headline: string; score: number; reasons: Reason[] };

/** What the learner is matched on, so the page can say it. */
export type MatchBasis = {
  hasProfile: boolean;
  goalTopics: readonly string[];
  languages: readonly string[];
  languagesPreferred: boolean;
  timezone: string | null;
  level: Level | null;
};

export type MatchesPage = {
  items: MatchItem[];
  page: number;
  pageCount: number;
  perPage: number;
  /** Mentors ranked in all (every page). */
  total: number;
  widenHints: WidenHint[];
  basis: MatchBasis;
};

type Acting = { user: Pick<PublicUser, "id">; now?: Date; db?: Db };

/**
 * One page of the learner's matches, best first. `page` past the last is the
 * last page; below 1 (or not a whole number) is page 1.
 */
export function matchesFor({ user, page = 1, now = new Date(), db = getDb() }: Acting & { page?: number }): MatchesPage {
  const learner = loadLearner(db, { userId: user.id });
  const candidates = loadCandidates(db, { learnerId: user.id, now });
  const scorer = createScorer(learner, now);
  const ranked = rankMentors(learner, candidates, now, scorer);

  const total = ranked.length;
  const pageCount = Math.max(1, Math.ceil(total / MATCHES_PER_PAGE));
  const current = Math.min(Number.isSafeInteger(page) && page >= 1 ? page : 1, pageCount);
  const items = ranked.slice((current - 1) * MATCHES_PER_PAGE, current * MATCHES_PER_PAGE).map(({ mentor }) => {
    const { score, reasons } = scorer.explain(mentor);
    return { handle: mentor.handle, displayName: mentor.displayName, headline: mentor.headline, score, reasons };
  });

  return {
    items,
    page: current,
    pageCount,
    perPage: MATCHES_PER_PAGE,
    total,
    widenHints: widenHints({ learner, hasProfile: learner.hasProfile, mentors: ranked.map((r) => r.mentor), scorer }),
    basis: {
      hasProfile: learner.hasProfile,
      goalTopics: scorer.goalTopics,
      languages: wantedLanguagesOf(learner),
      languagesPreferred: learner.preferredLanguages.length > 0,
      timezone: learnerZoneOf(learner),
      level: learner.level,
    },
  };
}

export type MatchExplanation =
  | { kind: "unknown-mentor" }
  | { kind: "excluded"; mentor: { handle: string; displayName: string }; reason: Exclusion; words: string }
  | { kind: "scored"; mentor: { handle: string; displayName: string }; score: number; reasons: Reason[]; hasProfile: boolean };

/**
 * How well one mentor matches the signed-in learner, as /match would show it,
 * or why they would not appear there (this is you, not taking mentees, full…).
 */
export function explainMatch({ user, mentorHandle, now = new Date(), db = getDb() }: Acting & { mentorHandle: string }): MatchExplanation {
  const mentor = loadMentorByHandle(db, { handle: mentorHandle });
  if (!mentor) return { kind: "unknown-mentor" };
  const who = { handle: mentor.handle, displayName: mentor.displayName };
  const excluded = exclusionOf(user.id, mentor, now);
  if (excluded) return { kind: "excluded", mentor: who, reason: excluded, words: EXCLUSION_WORDS[excluded] };
  const learner = loadLearner(db, { userId: user.id });
  const { score, reasons } = createScorer(learner, now).explain(mentor);
  return { kind: "scored", mentor: who, score, reasons, hasProfile: learner.hasProfile };
}
