import { describe, expect, it } from "vitest";
import { durationUnit, niceScale, scaleY } from "./chart-scale";

describe("niceScale", () => {
  it("rounds the top up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(100)).toEqual({ top: 100, ticks: [0, 25, 50, 75, 100] });
    expect(niceScale(60004)).toEqual({ top: 80000, ticks: [0, 20000, 40000, 60000, 80000] });
    expect(niceScale(4)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
  });

  it("keeps whole steps for counts", () => {
    expect(niceScale(1)).toEqual({ top: 1, ticks: [0, 1] });
    expect(niceScale(9)).toEqual({ top: 10, ticks: [0, 2, 4, 6, 8, 10] });
  });

  it("allows fractional steps when asked", () => {
    expect(niceScale(1, { integer: false })).toEqual({ top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceScale(0.3, { integer: false })).toEqual({ top: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceScale(3.4, { integer: false })).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
  });

  it("draws an empty chart from 0 to 1", () => {
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(niceScale(Number.NaN)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it("always reaches the maximum", () => {
    for (let max = 1; max < 5000; max += 37) expect(niceScale(max).top).toBeGreaterThanOrEqual(max);
  });
});

describe("durationUnit", () => {
  it("is hours below three days, days from there", () => {
    expect(durationUnit(0).name).toBe("hours");
    expect(durationUnit(72 * 3600 - 1).name).toBe("hours");
    expect(durationUnit(72 * 3600)).toEqual({ name: "days", seconds: 86400 });
  });
});

describe("scaleY", () => {
  it("puts 0 at the bottom and the top at 0, and clamps above", () => {
    const scale = { top: 10, ticks: [0, 5, 10] };
    expect(scaleY(0, scale, 200)).toBe(200);
    expect(scaleY(5, scale, 200)).toBe(100);
    expect(scaleY(10, scale, 200)).toBe(0);
    expect(scaleY(12, scale, 200)).toBe(0);
  });
});
