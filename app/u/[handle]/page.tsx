import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MatchExplanation } from "@/components/matching/match-explanation";
import { MentorStanding } from "@/components/mentorships/mentor-standing";
import { PublicProfile } from "@/components/profiles/public-profile";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { explainMatch } from "@/lib/matching/match";
import { mentorStanding } from "@/lib/mentorships/mentor-standing";
import { renderMarkdown } from "@/lib/markdown/render";
import { parseHandle } from "@/lib/profiles/handle";
import { getPublicProfile } from "@/lib/profiles/queries";

type Props = { params: Promise<{ handle: string }> };

// Rendered per request: a profile changes on its owner's save and a role on
// an admin's, and one indexed read is cheaper than invalidating a cache from
// every place that writes either.
export const dynamic = "force-dynamic";

// Metadata and page share one read per request.
const loadProfile = cache(async (raw: string) => {
  const handle = parseHandle(raw);
  return handle ? getPublicProfile({ handle }) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).handle);
  if (!profile) return { title: "Profile not found" };
  const url = `/u/${profile.handle}`;
  const description = profile.headline || `${profile.displayName} on Tandem`;
  return {
    title: profile.displayName,
    description,
    alternates: { canonical: url },
    openGraph: { type: "profile", url, title: profile.displayName, description },
  };
}

export default async function ProfilePage({ params }: Props) {
  const profile = await loadProfile((await params).handle);
  if (!profile) notFound();
  const viewer = profile.mentor ? await getCurrentUser() : null;
  const isSelf = viewer?.id === profile.id;
  const extras = profile.mentor && (
    <MentorStanding
      standing={mentorStanding(getDb(), { mentorId: profile.id })}
      handle={profile.handle}
      displayName={profile.displayName}
      accepting={profile.mentor.acceptingMentees}
      isSelf={isSelf}
    />
  );
  return (
    <PublicProfile profile={profile} bioHtml={profile.bio ? renderMarkdown(profile.bio) : ""} mentorExtras={extras}>
      {/* The viewer's own match with this mentor: signed-in members looking at someone else. */}
      {viewer && !isSelf && <MatchExplanation explanation={explainMatch({ user: viewer, mentorHandle: profile.handle })} />}
    </PublicProfile>
  );
}
