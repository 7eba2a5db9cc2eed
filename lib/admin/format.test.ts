import { describe, expect, it } from "vitest";
import { formatCount, formatDuration, formatPercent, formatWeekShort } from "./format";

describe("dashboard formats", () => {
  it("names a week by its Monday in UTC", () => {
    expect(formatWeekShort(new Date("2025-12-29T00:00:00Z"))).toBe("29 Dec");
  });

  it("writes counts with thousands separators and rates as whole percents", () => {
    expect(formatCount(60004)).toBe("60,004");
    expect(formatPercent(2 / 3)).toBe("67%");
    expect(formatPercent(0)).toBe("0%");
  });

  it("writes waits to the minute under two days, to the hour beyond", () => {
    expect(formatDuration(30)).toBe("under 1 min");
    expect(formatDuration(45 * 60)).toBe("45 min");
    expect(formatDuration(3600)).toBe("1 h");
    expect(formatDuration(5 * 3600 + 20 * 60)).toBe("5 h 20 min");
    expect(formatDuration(2.5 * 3600)).toBe("2 h 30 min");
    expect(formatDuration(47 * 3600 + 59 * 60)).toBe("47 h 59 min");
    expect(formatDuration(48 * 3600)).toBe("2 d");
    expect(formatDuration(3 * 86400 + 4 * 3600 + 10 * 60)).toBe("3 d 4 h");
  });
});
