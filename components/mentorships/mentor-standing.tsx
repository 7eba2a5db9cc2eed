import Link from "next/link";
import type { MentorStanding as Standing } from "@/lib/mentorships/mentor-standing";
import { MentorRecord } from "./mentor-record";

/** Track record, reply time and the way to ask, under a mentor's profile. */
export function MentorStanding({ standing, handle, displayName, accepting, isSelf }: { standing: Standing; handle: string; displayName: string; accepting: boolean; isSelf: boolean }) {
  const canAsk = accepting && standing.freePlaces > 0 && !isSelf;
  return (
    <div className="mt-5 border-t border-stone-200 pt-4">
      <MentorRecord record={standing.record} />
      {standing.replyTime && <p className="mt-2 text-sm text-stone-700">{standing.replyTime}.</p>}
      {accepting && <p className="mt-2 text-sm text-stone-700">{standing.freePlaces > 0 ? `Room for ${standing.freePlaces} more ${standing.freePlaces === 1 ? "mentee" : "mentees"}.` : "Full right now."}</p>}
      {canAsk && (
        <p className="mt-4">
          <Link href={`/u/${handle}/request`} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
            Ask {displayName} to mentor you
          </Link>
        </p>
      )}
    </div>
  );
}
