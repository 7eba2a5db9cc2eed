// How the dashboard writes its figures, the same in the charts and the tables.

const weekFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("en-GB");

/** "29 Dec": a week's Monday on an axis, where the year would crowd the labels. */
export function formatWeekShort(weekStart: Date): string {
  return weekFormat.format(weekStart);
}

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** "67%"; rounded to whole percents, which is all a weekly rate can tell. */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** "45 min", "5 h 20 min", "3 d 4 h": a wait, to the minute under two days and to the hour beyond. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return "under 1 min";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const hours = Math.round(seconds / 3600);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${d} d ${h} h` : `${d} d`;
}
