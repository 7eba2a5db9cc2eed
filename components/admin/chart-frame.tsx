import type { ReactNode } from "react";
import { scaleY, type Scale } from "@/lib/admin/chart-scale";
import { formatWeekShort } from "@/lib/admin/format";

// The drawing area every chart shares: one viewBox, scaled to the width of
// its column by CSS, with the y-axis ticks as gridlines and the weeks'
// Mondays along the bottom.
const WIDTH = 520;
const HEIGHT = 230;
const LEFT = 52;
const RIGHT = 14;
const TOP = 10;
const BOTTOM = 26;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
export const PLOT_BOTTOM = HEIGHT - BOTTOM;

/** The width of one week's band. */
export const bandWidth = (weeks: number) => PLOT_WIDTH / weeks;
/** The left edge of week i's band. */
export const bandLeft = (i: number, weeks: number) => LEFT + i * bandWidth(weeks);
export const bandCenter = (i: number, weeks: number) => bandLeft(i, weeks) + bandWidth(weeks) / 2;
export const valueY = (value: number, scale: Scale) => TOP + scaleY(value, scale, PLOT_BOTTOM - TOP);

type Props = { weekStarts: readonly Date[]; scale: Scale; formatTick: (tick: number) => string; children: ReactNode };

// Hidden from assistive technology: the table beside each chart holds the same numbers.
export function ChartFrame({ weekStarts, scale, formatTick, children }: Props) {
  const weeks = weekStarts.length;
  // Past eight weeks every other label, counted back from the current week so that one is always named.
  const labelled = (i: number) => weeks <= 8 || (weeks - 1 - i) % 2 === 0;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" aria-hidden="true" focusable="false">
      {scale.ticks.map((tick) => {
        const y = valueY(tick, scale);
        return (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y} y2={y} className={tick === 0 ? "stroke-stone-400" : "stroke-stone-200"} strokeWidth={1} />
            <text x={LEFT - 6} y={y} dy="0.32em" textAnchor="end" fontSize={13} className="fill-stone-600">
              {formatTick(tick)}
            </text>
          </g>
        );
      })}
      {weekStarts.map((weekStart, i) =>
        labelled(i) ? (
          <text key={weekStart.getTime()} x={bandCenter(i, weeks)} y={HEIGHT - 8} textAnchor="middle" fontSize={13} className="fill-stone-600">
            {formatWeekShort(weekStart)}
          </text>
        ) : null,
      )}
      {children}
    </svg>
  );
}
