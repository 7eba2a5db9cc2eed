import Link from "next/link";
import { Avatar } from "@/components/profiles/avatar";
import type { MentorCard as Mentor } from "@/lib/mentors/directory";

export function MentorCard({ mentor }: { mentor: Mentor }) {
  return (
    <li className="flex gap-4 rounded-md border border-stone-200 bg-white p-4">
      <Avatar displayName={mentor.displayName} handle={mentor.handle} size="sm" />
      <div className="min-w-0">
        <h2 className="font-semibold">
          <Link href={`/u/${mentor.handle}`} className="text-brand-900 hover:underline">
            {mentor.displayName}
          </Link>
        </h2>
        {mentor.headline && <p className="text-sm text-stone-700">{mentor.headline}</p>}
        <p className="mt-1 text-xs text-stone-500">
          {[mentor.expertise.slice(0, 3).join(", "), mentor.languages.join(", "), mentor.timezone, mentor.yearsExperience !== null && `${mentor.yearsExperience} years`]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <p className={`mt-1 text-xs font-medium ${mentor.acceptingMentees ? "text-brand-700" : "text-stone-500"}`}>
          {mentor.acceptingMentees ? `Taking new mentees · ${mentor.freePlaces > 0 ? `Room for ${mentor.freePlaces} more` : "Full"}` : "Not taking new mentees"}
        </p>
      </div>
    </li>
  );
}
