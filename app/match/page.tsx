import type { Metadata } from "next";
import Link from "next/link";
import { MatchCard } from "@/components/matching/match-card";
import { WidenHints } from "@/components/matching/widen-hints";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { matchesFor, type MatchBasis } from "@/lib/matching/match";
import { matchPageHref, parseMatchPage } from "@/lib/matching/params";
import { LEVEL_LABELS } from "@/lib/profiles/choices";
import { WEIGHTS } from "@/lib/matching/weights";

export const metadata: Metadata = { title: "Your matches", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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

export default async function MatchPage({ searchParams }: Props) {
  const requested = parseMatchPage((await searchParams).page);
  const user = await requireUser(matchPageHref(requested));
  const result = matchesFor({ user, page: requested });
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
