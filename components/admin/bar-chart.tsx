import { niceScale } from "@/lib/admin/chart-scale";
import { formatCount } from "@/lib/admin/format";
import { bandLeft, bandWidth, ChartFrame, PLOT_BOTTOM, valueY } from "./chart-frame";

export type BarSeries = { name: string; values: readonly number[] };

// Fill classes by position; the legend in ChartFigure uses the same order.
export const SERIES_FILLS = ["fill-brand-600", "fill-amber-500"] as const;

/** Counts per week as bars; with two series, side by side in each week. */
export function BarChart({ weekStarts, series }: { weekStarts: readonly Date[]; series: readonly BarSeries[] }) {
  const weeks = weekStarts.length;
  const scale = niceScale(Math.max(0, ...series.flatMap((s) => s.values)));
  const group = bandWidth(weeks) * 0.7;
  const bar = group / series.length;
  return (
    <ChartFrame weekStarts={weekStarts} scale={scale} formatTick={formatCount}>
      {series.map((s, j) =>
        s.values.map((value, i) => {
          if (value <= 0) return null;
          const y = valueY(value, scale);
          const x = bandLeft(i, weeks) + (bandWidth(weeks) - group) / 2 + j * bar;
          return <rect key={`${j}-${i}`} x={x} y={y} width={bar - 1} height={PLOT_BOTTOM - y} className={SERIES_FILLS[j % SERIES_FILLS.length]} />;
        }),
      )}
    </ChartFrame>
  );
}
