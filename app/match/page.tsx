import type { Metadata } from "next";
import { MatchPage } from "@/components/matching/match-page";
import { requireUser } from "@/lib/auth/current-user";
import { matchesFor } from "@/lib/matching/match";
import { matchPageHref, parseMatchPage } from "@/lib/matching/params";

export const metadata: Metadata = { title: "Your matches", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// For a signed-in member the proxy serves /match from the cached
// /match/for/<id>/<page>; this page answers everyone else (sign in first).
export default async function MatchRoute({ searchParams }: Props) {
  const requested = parseMatchPage((await searchParams).page);
  const user = await requireUser(matchPageHref(requested));
  return <MatchPage result={matchesFor({ user, page: requested })} />;
}
