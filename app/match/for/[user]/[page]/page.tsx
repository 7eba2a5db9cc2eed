import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MatchPage } from "@/components/matching/match-page";
import { findUserById } from "@/lib/accounts/users";
import { getDb } from "@/db/client";
import { matchesFor } from "@/lib/matching/match";
import { parseRowId } from "@/lib/mentorships/space-schema";

// One learner's matches, cached: scoring 10,000 mentors is work worth doing
// once, not per request. Only the proxy reaches this route (it rewrites
// /match for the signed-in member to their own id and answers any direct
// request with a 404), so nobody sees another member's matches. Writes that
// change scores (profiles, accepted or ended mentorships) revalidate every
// learner's pages; a minute is the most one can lag behind other changes.
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 60;

export async function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "Your matches", robots: { index: false } };

type Props = { params: Promise<{ user: string; page: string }> };

export default async function CachedMatchPage({ params }: Props) {
  const raw = await params;
  const userId = parseRowId(raw.user);
  const page = parseRowId(raw.page);
  const user = userId ? findUserById(getDb(), { id: userId }) : null;
  if (!user || !page) notFound();
  return <MatchPage result={matchesFor({ user, page })} />;
}
