import { TIME_ZONES } from "@/lib/profiles/time-zones";
import { utcOffsetMinutes } from "./time-offsets";

// The directory filters by hours apart, so a time zone matters only through
// its offset: one choice per offset in use now (about 40) instead of all
// ~420 zone names, each named by a well-known city. Shorter to scan, and
// the page (sent twice: HTML and RSC payload) is lighter.
const WELL_KNOWN = [
  "UTC", "Europe/London", "Europe/Berlin", "Europe/Athens", "Europe/Moscow", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata",
  "Asia/Kathmandu", "Asia/Dhaka", "Asia/Bangkok", "Asia/Shanghai", "Asia/Tokyo", "Australia/Adelaide", "Australia/Sydney",
  "Pacific/Auckland", "Atlantic/Azores", "America/Sao_Paulo", "America/Halifax", "America/New_York", "America/Chicago",
  "America/Denver", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "Africa/Lagos", "Africa/Nairobi",
];

export type ZoneChoice = { value: string; label: string; offset: number };

const city = (zone: string) => zone.split("/").pop()!.replaceAll("_", " ");

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export function zoneChoices(at: Date): ZoneChoice[] {
  const groups = new Map<number, string[]>();
  for (const zone of TIME_ZONES) {
    const offset = utcOffsetMinutes(zone, at);
    const list = groups.get(offset);
    if (list) list.push(zone);
    else groups.set(offset, [zone]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([offset, zones]) => {
      const value = WELL_KNOWN.find((z) => zones.includes(z)) ?? zones.find((z) => z.includes("/") && !z.startsWith("Etc/")) ?? zones[0]!;
      const others = zones.filter((z) => z !== value && z.includes("/") && !z.startsWith("Etc/")).slice(0, 2);
      const cities = [value, ...others].map(city).join(", ");
      return { value, label: `${offsetLabel(offset)} (${cities}${zones.length > 3 ? "…" : ""})`, offset };
    });
}

/** The choice to show selected for a zone from the URL: the one with its offset. */
export function choiceFor(choices: readonly ZoneChoice[], zone: string | undefined, at: Date): string {
  if (!zone) return "";
  const offset = utcOffsetMinutes(zone, at);
  return choices.find((c) => c.offset === offset)?.value ?? "";
}
