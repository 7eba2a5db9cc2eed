// Axes for the dashboard's charts: pure, so the server components stay simple
// and the arithmetic is tested.

export type Scale = { top: number; ticks: number[] };

const STEPS = [1, 2, 2.5, 5, 10];
const round = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * A y-axis from 0 whose top is a round number at or above `max`, in steps of
 * 1, 2, 2.5 or 5 times a power of ten, about `ticks` of them. Counts get whole
 * steps (no "2.5 sign-ups").
 */
export function niceScale(max: number, { ticks = 4, integer = true }: { ticks?: number; integer?: boolean } = {}): Scale {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  let step = power * STEPS.find((s) => s * power >= rough - 1e-12)!;
  if (integer) step = Math.max(1, step === 2.5 ? 2 : Math.ceil(step));
  const top = round(Math.ceil(round(max / step)) * step);
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => round(i * step)) };
}

/** Shares from 0 to 1, shown as 0–100 %. */
export const RATE_SCALE: Scale = { top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };

export type DurationUnit = { name: "hours" | "days"; seconds: number };

/** Waits in hours while they stay under three days, in days beyond: the ticks stay readable. */
export function durationUnit(maxSeconds: number): DurationUnit {
  return maxSeconds < 72 * 3600 ? { name: "hours", seconds: 3600 } : { name: "days", seconds: 86400 };
}

/** Where a value sits on an axis of `length` units, 0 at the bottom: SVG y grows downwards. */
export function scaleY(value: number, scale: Scale, length: number): number {
  return length - (Math.min(value, scale.top) / scale.top) * length;
}
