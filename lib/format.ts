const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "14 Dec 2024" from "2024-12-14"; the same on server and client, whatever their time zone. */
export function formatIsoDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "14 Dec 2024" from a moment, in UTC: dates of deadlines and suspensions read the same for everyone. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
