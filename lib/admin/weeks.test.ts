import { describe, expect, it } from "vitest";
import { countRanges, fillWeeks, WEEK_SECONDS, weekStartSeconds, weekWindow } from "./weeks";

const sec = (iso: string) => Date.parse(iso) / 1000;
const iso = (d: Date) => d.toISOString();

describe("weekStartSeconds", () => {
  it("is the Monday 00:00 UTC on or before the moment", () => {
    expect(weekStartSeconds(sec("2026-03-16T00:00:00Z"))).toBe(sec("2026-03-16T00:00:00Z")); // Monday midnight: its own week
    expect(weekStartSeconds(sec("2026-03-18T12:34:56Z"))).toBe(sec("2026-03-16T00:00:00Z"));
    expect(weekStartSeconds(sec("2026-03-22T23:59:59Z"))).toBe(sec("2026-03-16T00:00:00Z")); // Sunday's last second
    expect(weekStartSeconds(sec("2026-03-23T00:00:00Z"))).toBe(sec("2026-03-23T00:00:00Z"));
    expect(weekStartSeconds(sec("2026-01-01T00:00:00Z"))).toBe(sec("2025-12-29T00:00:00Z")); // across a new year
  });

  it("holds before 1970 too (1969-12-29 was a Monday)", () => {
    expect(weekStartSeconds(sec("1970-01-01T00:00:00Z"))).toBe(sec("1969-12-29T00:00:00Z"));
  });
});

describe("weekWindow", () => {
  it("ends with the current partial week, cut at now (whole seconds)", () => {
    const w = weekWindow(new Date("2026-03-18T12:00:00.750Z"), 3);
    expect(w.weekStarts.map(iso)).toEqual(["2026-03-02T00:00:00.000Z", "2026-03-09T00:00:00.000Z", "2026-03-16T00:00:00.000Z"]);
    expect(w.startSec).toBe(sec("2026-03-02T00:00:00Z"));
    expect(w.nowSec).toBe(sec("2026-03-18T12:00:00Z"));
  });

  it("on a Monday at midnight, the current week is that Monday", () => {
    expect(weekWindow(new Date("2026-03-16T00:00:00Z"), 2).weekStarts.map(iso)).toEqual(["2026-03-09T00:00:00.000Z", "2026-03-16T00:00:00.000Z"]);
  });

  it("refuses a window of no weeks", () => {
    expect(() => weekWindow(new Date(), 0)).toThrow(RangeError);
    expect(() => weekWindow(new Date(), 1.5)).toThrow(RangeError);
  });

  it("spaces weeks exactly seven days apart", () => {
    const starts = weekWindow(new Date("2026-11-04T10:00:00Z"), 12).weekStarts;
    expect(starts.slice(1).map((d, i) => (d.getTime() - starts[i]!.getTime()) / 1000)).toEqual(Array(11).fill(WEEK_SECONDS));
  });
});

describe("fillWeeks", () => {
  it("puts each grouped row in its week and fills the others", () => {
    expect(fillWeeks(4, [{ week: 1, n: 5 }, { week: 3, n: 2 }], (r) => r.n, 0)).toEqual([0, 5, 0, 2]);
  });

  it("ignores rows outside the window", () => {
    expect(fillWeeks(2, [{ week: -1, n: 5 }, { week: 2, n: 2 }, { week: 0, n: 1 }], (r) => r.n, 0)).toEqual([1, 0]);
  });
});

describe("countRanges", () => {
  it("adds up half-open runs of weeks", () => {
    expect(
      countRanges(5, [
        { from: 0, to: 5, n: 2 }, // throughout
        { from: 1, to: 3, n: 1 }, // weeks 1 and 2
        { from: 4, to: 5, n: 3 }, // the last week
      ]),
    ).toEqual([2, 3, 3, 2, 5]);
  });

  it("clamps runs to the window and skips empty ones", () => {
    expect(
      countRanges(3, [
        { from: -2, to: 1, n: 1 },
        { from: 2, to: 9, n: 1 },
        { from: 1, to: 1, n: 7 },
        { from: 2, to: 1, n: 7 },
      ]),
    ).toEqual([1, 0, 1]);
  });
});
