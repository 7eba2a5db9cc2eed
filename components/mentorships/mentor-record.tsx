import type { MentorRecord as MentorRecordData } from "@/lib/mentorships/feedback";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// A mentor's track record for their public profile (lib/mentorships/feedback
// mentorRecord): completed mentorships and the average of the learners'
// revealed ratings. Server-rendered; no JavaScript.
export function MentorRecord({ record, className = "" }: { record: MentorRecordData; className?: string }) {
  const { completedCount, averageRating, ratingCount } = record;
  return (
    <dl className={`grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm ${className}`}>
      <dt className="text-stone-500">Completed mentorships</dt>
      <dd className="text-stone-900">{completedCount}</dd>
      <dt className="text-stone-500">Rating by learners</dt>
      <dd className="text-stone-900">
        {averageRating === null ? (
          "No ratings yet"
        ) : (
          <>
            <span aria-hidden className="mr-1 text-amber-600">
              ★
            </span>
            {averageRating.toFixed(1)} out of 5 <span className="text-stone-500">({plural(ratingCount, "rating", "ratings")})</span>
          </>
        )}
      </dd>
    </dl>
  );
}
