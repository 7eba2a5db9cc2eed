import type { ReactNode } from "react";
import { formatDate } from "@/lib/format";
import { SERIES_FILLS } from "./bar-chart";

export type TableColumn = { header: string; cells: readonly (string | null)[] };

type Props = {
  title: string;
  /** What exactly is counted, in a sentence. */
  note?: string;
  weekStarts: readonly Date[];
  chart: ReactNode;
  columns: readonly TableColumn[];
  /** Names of a bar chart's series, in its colours. */
  legend?: readonly string[];
};

const cell = "px-2 py-1 text-right tabular-nums";

/**
 * One chart and, beside it, a table with the same numbers: the chart is for
 * the eye, the table for screen readers, copying and exact figures. Both are
 * plain HTML and SVG, so the page reads the same without JavaScript.
 */
export function ChartFigure({ title, note, weekStarts, chart, columns, legend }: Props) {
  const last = weekStarts.length - 1;
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4">
      <figcaption>
        <span className="font-semibold">{title}</span>
        {note && <span className="mt-1 block text-sm text-stone-600">{note}</span>}
      </figcaption>
      <div className="mt-3 grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          {legend && (
            <ul aria-hidden="true" className="mb-2 flex gap-4 text-sm text-stone-700">
              {legend.map((name, j) => (
                <li key={name} className="flex items-center gap-1.5">
                  <svg viewBox="0 0 10 10" className="size-3">
                    <rect width={10} height={10} className={SERIES_FILLS[j % SERIES_FILLS.length]} />
                  </svg>
                  {name}
                </li>
              ))}
            </ul>
          )}
          {chart}
        </div>
        <table className="w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-stone-300 text-stone-700">
              <th scope="col" className="px-2 py-1 text-left font-medium">
                Week of
              </th>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={`${cell} font-medium`}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weekStarts.map((weekStart, i) => (
              <tr key={weekStart.getTime()} className="border-b border-stone-100">
                <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                  {formatDate(weekStart)}
                  {i === last && <span className="text-stone-500"> (so far)</span>}
                </th>
                {columns.map((c) => (
                  <td key={c.header} className={cell}>
                    {c.cells[i] ?? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">none</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
