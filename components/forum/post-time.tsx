import { formatPostTime } from "@/lib/forum/time";

/** A moment as a <time> element, shown in UTC (the same for every reader). */
export function PostTime({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatPostTime(date)}
    </time>
  );
}
