// Hours between time zones, at a given moment (offsets move with daylight saving).
const formatters = new Map<string, Intl.DateTimeFormat>();

export function utcOffsetMinutes(timeZone: string, at: Date): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    formatters.set(timeZone, f);
  }
  const name = f.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

export function hoursApart(a: string, b: string, at: Date): number {
  return Math.abs(utcOffsetMinutes(a, at) - utcOffsetMinutes(b, at)) / 60;
}
