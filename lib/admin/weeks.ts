// Weeks for the admin dashboard: UTC, Monday 00:00 to Sunday 23:59:59, so the
// figures are the same for every admin whatever their time zone. Pure: the
// SQL in community-stats.ts buckets rows with the same arithmetic.

const DAY_SECONDS = 24 * 60 * 60;
export const WEEK_SECONDS = 7 * DAY_SECONDS;
// 1970-01-01 was a Thursday; the first Monday came four days later.
const FIRST_MONDAY_SECONDS = 4 * DAY_SECONDS;

const floorMod = (a: number, b: number) => ((a % b) + b) % b;

/** The Monday 00:00 UTC starting the week that holds `seconds` (Unix seconds). */
export function weekStartSeconds(seconds: number): number {
  return seconds - floorMod(seconds - FIRST_MONDAY_SECONDS, WEEK_SECONDS);
}

export type WeekWindow = {
  /** Monday 00:00 UTC of the first week, Unix seconds. */
  startSec: number;
  /** The last second counted: the current week is partial and ends here. */
  nowSec: number;
  weekStarts: Date[];
};

/** The last `weeks` weeks up to `now`, the current partial week last. */
export function weekWindow(now: Date, weeks: number): WeekWindow {
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`weeks must be a positive integer, got ${weeks}`);
  const nowSec = Math.floor(now.getTime() / 1000);
  const startSec = weekStartSeconds(nowSec) - (weeks - 1) * WEEK_SECONDS;
  const weekStarts = Array.from({ length: weeks }, (_, i) => new Date((startSec + i * WEEK_SECONDS) * 1000));
  return { startSec, nowSec, weekStarts };
}

/**
 * One value per week from grouped rows: weeks without a row get `empty`
 * (SQL GROUP BY leaves them out). Rows outside the window are ignored.
 */
export function fillWeeks<R extends { week: number }, V>(weeks: number, rows: readonly R[], pick: (row: R) => V, empty: V): V[] {
  const out = Array.from({ length: weeks }, () => empty);
  for (const row of rows) if (Number.isInteger(row.week) && row.week >= 0 && row.week < weeks) out[row.week] = pick(row);
  return out;
}

/**
 * Counts per week from half-open week ranges [from, to): a mentorship active
 * at the end of weeks 3 to 7 is { from: 3, to: 8 }. Summing a difference
 * array keeps it one pass however many mentorships there are.
 */
export function countRanges(weeks: number, ranges: readonly { from: number; to: number; n: number }[]): number[] {
  const diff = new Array<number>(weeks + 1).fill(0);
  for (const { from, to, n } of ranges) {
    const a = Math.max(0, from);
    const b = Math.min(weeks, to);
    if (a >= b) continue;
    diff[a]! += n;
    diff[b]! -= n;
  }
  const out: number[] = [];
  let running = 0;
  for (let i = 0; i < weeks; i++) out.push((running += diff[i]!));
  return out;
}
