import type { Metadata } from "next";
import { MentorDirectory } from "@/components/mentors/mentor-directory";
import { getDb } from "@/db/client";
import { listMentors } from "@/lib/mentors/directory";
import { parseDirectoryFilters } from "@/lib/mentors/directory-schema";

export const metadata: Metadata = { title: "Find a mentor", description: "Search mentors, or find them by topic, language, time zone and format.", alternates: { canonical: "/mentors" } };

// The unfiltered directory, cached; a search with filters is rewritten by the
// proxy to /mentors/results/<query>. Writes that change what a card shows
// (profiles, accepted or ended mentorships) revalidate both at once, and a
// minute is the most any page can lag behind changes made elsewhere (expiry).
export const revalidate = 60;

export default function MentorsPage() {
  const filters = parseDirectoryFilters({});
  return <MentorDirectory filters={filters} result={listMentors(getDb(), { filters })} hints={[]} />;
}
