// npx tsx bench/match-score.ts [--mentors N] [--runs N] [--json]
//
// How long /match takes to score and sort one learner against every mentor:
// 10,000 made-up mentors (db/seed/community.ts), rankMentors() timed over 50
// runs after a warm-up, median printed. The target is under 20 ms. Also
// prints the cost of the words for one page (10 mentors) and of the widen
// hints (a second pass over the ranked mentors), separately. No database:
// this measures lib/matching alone, not the query that loads the mentors.
// With --json, prints one JSON line instead (bench/run.ts reads it):
// {"medianMs":…,"minMs":…,"maxMs":…,"mentors":…,"ranked":…,"runs":…,"wordsMs":…,"hintsMs":…}
import { parseArgs } from "node:util";
import { generateCommunity } from "@/db/seed/community";
import { widenHints } from "@/lib/matching/hints";
import { createScorer, rankMentors, type LearnerForMatching, type MentorForMatching } from "@/lib/matching/score";

const { values } = parseArgs({
  options: { mentors: { type: "string", default: "10000" }, runs: { type: "string", default: "50" }, json: { type: "boolean", default: false } },
});
const MENTORS = Number(values.mentors);
const RUNS = Number(values.runs);
const PAGE = 10;

const members = generateCommunity({ mentors: MENTORS, learners: 1 });
const mentors: MentorForMatching[] = members.slice(0, MENTORS).map((m, i) => ({
  userId: i + 1,
  displayName: m.displayName,
  timezone: m.profile.timezone,
  languages: m.profile.languages,
  expertise: m.profile.expertise,
  yearsExperience: m.profile.yearsExperience,
  capacity: m.profile.capacity,
  // Some mentors part-way full, some full (left out), as in a live community.
  activeMentees: i % 4,
  acceptingMentees: m.profile.acceptingMentees,
  mentorPublished: m.profile.mentorPublished,
  suspendedUntil: null,
}));
const l = members[MENTORS]!.profile;
const learner: LearnerForMatching = {
  userId: MENTORS + 1,
  topics: l.topics,
  goals: l.goals,
  level: l.level,
  languages: l.languages,
  preferredLanguages: l.preferredLanguages,
  timezone: l.timezone,
  preferredTimezone: l.preferredTimezone,
};
const now = new Date();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

// Warm-up: let the JIT compile the hot paths (and Intl load its zone data) as a running server would have.
for (let i = 0; i < 10; i++) rankMentors(learner, mentors, now);

const rank = time(() => rankMentors(learner, mentors, now), RUNS);
const ranked = rankMentors(learner, mentors, now);
const words = time(() => {
  const scorer = createScorer(learner, now);
  return ranked.slice(0, PAGE).map((r) => scorer.explain(r.mentor));
}, RUNS);

const hints = time(() => {
  const scorer = createScorer(learner, now);
  return widenHints({ learner, hasProfile: true, mentors: ranked.map((r) => r.mentor), scorer });
}, RUNS);

if (values.json) {
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  console.log(
    JSON.stringify({
      medianMs: round(median(rank)),
      minMs: round(Math.min(...rank)),
      maxMs: round(Math.max(...rank)),
      mentors: MENTORS,
      ranked: ranked.length,
      runs: RUNS,
      wordsMs: round(median(words)),
      hintsMs: round(median(hints)),
    }),
  );
  process.exit(0);
}

const fmt = (ms: number) => ms.toFixed(2);
console.log(`learner: ${learner.preferredTimezone ?? learner.timezone}, topics ${JSON.stringify(learner.topics)}, goals ${JSON.stringify(learner.goals)}`);
console.log(`${MENTORS} mentors, ${ranked.length} ranked (the rest full or not accepting), best score ${ranked[0]?.score ?? "-"}`);
console.log(`rankMentors: median ${fmt(median(rank))} ms over ${RUNS} runs (min ${fmt(Math.min(...rank))}, max ${fmt(Math.max(...rank))})`);
console.log(`words for one page of ${PAGE}: median ${fmt(median(words))} ms`);
console.log(`widen hints over the ${ranked.length} ranked: median ${fmt(median(hints))} ms`);
