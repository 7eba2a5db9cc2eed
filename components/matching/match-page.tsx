import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import type { MatchBasis, MatchesPage } from "@/lib/matching/match";
import { matchPageHref } from "@/lib/matching/params";
import { WEIGHTS } from "@/lib/matching/weights";
import { LEVEL_LABELS } from "@/lib/profiles/choices";
import { MatchCard } from "./match-card";
import { WidenHints } from "./widen-hints";

function Basis({ basis: b }: { basis: MatchBasis }) {
  if (!b.hasProfile) return null;
  const parts = [
    b.goalTopics.length > 0 ? `topics ${b.goalTopics.join(", ")}` : "no topics yet",
    b.languages.length > 0 ? `${b.languagesPreferred ? "preferred languages" : "languages"} ${b.languages.join(", ")}` : "no languages yet",
    b.timezone ? `time zone ${b.timezone.replaceAll("_", " ")}` : null,
    b.level ? `level ${LEVEL_LABELS[b.level].toLowerCase()}` : null,
  ].filter(Boolean);
  return (
    <p className="mt-2 text-sm text-stone-600">
      Matching on {parts.join("; ")}.{" "}
      <Link href="/account/profile" className="text-brand-700 underline">
        Edit your profile
      </Link>
    </p>
  );
}

/** The page of matches for one learner (served cached per learner, see proxy.ts). */
export function MatchPage({ result }: { result: MatchesPage }) {
  const first = (result.page - 1) * result.perPage;
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Your matches</h1>
      <p className="mt-2 text-stone-600">
        Mentors taking new mentees, scored out of 100 for you: shared topics count for {WEIGHTS.goals} points, time zone and language for{" "}
        {WEIGHTS.timeZone} each, room and experience for {WEIGHTS.room} each.
      </p>
      <Basis basis={result.basis} />

      {result.widenHints.length > 0 && (
        <div className="mt-6">
          <WidenHints hints={result.widenHints} />
        </div>
      )}

      <p className="mt-6 text-sm text-stone-600">
        {result.total === 0
          ? "No mentor is available to match right now."
          : `${result.total} ${result.total === 1 ? "mentor" : "mentors"} ranked, best first${result.pageCount > 1 ? `; showing ${first + 1}–${first + result.items.length}` : ""}.`}
      </p>
      {result.items.length > 0 && (
        <ol start={first + 1} className="mt-4 space-y-3" aria-label="Matching mentors">
          {result.items.map((m) => (
            <MatchCard key={m.handle} match={m} />
          ))}
        </ol>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} label="Match pages" hrefFor={matchPageHref} />
    </div>
  );
}
