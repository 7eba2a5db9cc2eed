// IANA zone names this runtime knows. Node 20's list leaves out "UTC" (it is
// an alias there), yet it is the stored default and a sensible choice: add it.
export const TIME_ZONES: readonly string[] = Object.freeze(["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")]);

const known = new Set(TIME_ZONES);

export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && known.has(value);
}
