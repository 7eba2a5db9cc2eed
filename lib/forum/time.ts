// Times in the forum are shown in UTC, the same for every reader and in
// every message that says until when a limit lasts. Pure.

import { formatMoment } from "@/lib/format";

const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const hourMinute = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

const MINUTE = 60_000;

/** "14 Dec 2026, 18:05 UTC": when a post was written. */
export const formatPostTime = formatMoment;

/**
 * "14:05 UTC", or "15 Dec, 14:05 UTC" when it is not on the same UTC day as
 * `now`: the moment a limit ends, rounded up to the minute so that acting at
 * the stated time always works.
 */
export function formatUntil(until: Date, now: Date): string {
  const up = new Date(Math.ceil(until.getTime() / MINUTE) * MINUTE);
  const sameDay = up.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  return sameDay ? `${hourMinute.format(up)} UTC` : `${dayMonth.format(up)}, ${hourMinute.format(up)} UTC`;
}
