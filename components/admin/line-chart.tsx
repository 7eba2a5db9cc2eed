import type { Scale } from "@/lib/admin/chart-scale";
import { bandCenter, ChartFrame, valueY } from "./chart-frame";

type Point = { x: number; y: number; i: number };
type Props = { weekStarts: readonly Date[]; values: readonly (number | null)[]; scale: Scale; formatTick: (tick: number) => string };

/**
 * A level or a rate per week as a line. A week without a value (no request
 * decided, say) breaks the line rather than drawing it through zero.
 */
export function LineChart({ weekStarts, values, scale, formatTick }: Props) {
  const weeks = weekStarts.length;
  const points = values.map((v, i): Point | null => (v === null ? null : { x: bandCenter(i, weeks), y: valueY(v, scale), i }));
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (const p of points) {
    if (p) {
      run.push(p);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return (
    <ChartFrame weekStarts={weekStarts} scale={scale} formatTick={formatTick}>
      {runs.map((r) =>
        r.length > 1 ? <polyline key={r[0]!.i} points={r.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" strokeWidth={2.5} strokeLinejoin="round" className="stroke-brand-600" /> : null,
      )}
      {points.map((p) => (p ? <circle key={p.i} cx={p.x} cy={p.y} r={4} className="fill-brand-700" /> : null))}
    </ChartFrame>
  );
}
