import Link from "next/link";
import type { MatchExplanation as Explanation } from "@/lib/matching/match";
import { ScoreBreakdown } from "./score-breakdown";
import { ScoreMeter } from "./score-meter";

// For a mentor's profile page: how well they match the signed-in learner (the
// same breakdown as /match), or why they would not appear in their matches.
export function MatchExplanation({ explanation: e }: { explanation: Explanation }) {
  if (e.kind === "unknown-mentor") return null;
  return (
    <section aria-labelledby="match-heading" className="mt-8 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="match-heading" className="font-serif text-xl font-semibold">
        How well you match
      </h2>
      {e.kind === "excluded" ? (
        <p className="mt-2 text-sm text-stone-700">{e.words}</p>
      ) : (
        <>
          <div className="mt-3 max-w-xs">
            <ScoreMeter score={e.score} label={`Match score for ${e.mentor.displayName}`} />
          </div>
          <div className="mt-4">
            <ScoreBreakdown reasons={e.reasons} label={`Why ${e.mentor.displayName} scores ${e.score}`} />
          </div>
          {!e.hasProfile && (
            <p className="mt-3 text-sm text-stone-600">
              <Link href="/account/profile" className="text-brand-700 underline">
                Fill in your profile
              </Link>{" "}
              for a match on your topics, languages and time zone.
            </p>
          )}
        </>
      )}
      <p className="mt-3 text-sm">
        <Link href="/match" className="text-brand-700 underline">
          See all your matches
        </Link>
      </p>
    </section>
  );
}
