import Link from "next/link";
import { Avatar } from "@/components/profiles/avatar";
import type { MatchItem } from "@/lib/matching/match";
import { ScoreBreakdown } from "./score-breakdown";
import { ScoreMeter } from "./score-meter";

export function MatchCard({ match }: { match: MatchItem }) {
  return (
    <li className="rounded-md border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-start gap-4 sm:flex-nowrap">
        <Avatar displayName={match.displayName} handle={match.handle} size="sm" />
        <div className="min-w-0 flex-1">
          <h2 className="font-semibold">
            <Link href={`/u/${match.handle}`} className="text-brand-900 hover:underline">
              {match.displayName}
            </Link>
          </h2>
          {match.headline && <p className="text-sm text-stone-700">{match.headline}</p>}
        </div>
        <div className="w-full sm:w-40">
          <ScoreMeter score={match.score} label={`Match score for ${match.displayName}`} />
        </div>
      </div>
      <div className="mt-3 border-t border-stone-100 pt-3">
        <ScoreBreakdown reasons={match.reasons} label={`Why ${match.displayName} scores ${match.score}`} />
      </div>
    </li>
  );
}
