const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "14 Dec 2024" from "2024-12-14"; the same on server and client, whatever their time zone. */
export function formatIsoDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "14 Dec 2024" from a moment, in UTC: dates of deadlines and suspensions read the same for everyone. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

const momentFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** "14 Dec 2026, 18:05 UTC": a moment, the same for everyone, on server and client. */
export function formatMoment(date: Date): string {
  return momentFormat.format(date);
}
