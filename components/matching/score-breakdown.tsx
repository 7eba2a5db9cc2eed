import type { Reason, ReasonTone } from "@/lib/matching/score";

// The reasons behind a match score, one line per factor with its points.
// Shared by /match and the mentor's profile page. The marks are decoration:
// the words say the same.
const MARKS: Record<ReasonTone, { mark: string; className: string }> = {
  good: { mark: "✓", className: "text-brand-700" },
  some: { mark: "◐", className: "text-brand-600" },
  none: { mark: "✕", className: "text-stone-400" },
  unknown: { mark: "?", className: "text-stone-400" },
};

export function ScoreBreakdown({ reasons, label = "Why this score" }: { reasons: readonly Reason[]; label?: string }) {
  return (
    <ul aria-label={label} className="space-y-1 text-sm">
      {reasons.map((r) => {
        const { mark, className } = MARKS[r.tone];
        return (
          <li key={r.factor} data-factor={r.factor} className="flex items-baseline justify-between gap-3">
            <span className="flex items-baseline gap-2">
              <span aria-hidden="true" className={`w-4 shrink-0 text-center ${className}`}>
                {mark}
              </span>
              <span className={r.tone === "good" || r.tone === "some" ? "text-stone-800" : "text-stone-600"}>{r.words}</span>
            </span>
            <span className="shrink-0 text-xs tabular-nums text-stone-500">
              {r.points} of {r.max} points
            </span>
          </li>
        );
      })}
    </ul>
  );
}
