import type { Reason, ReasonTone } from "@/lib/matching/score";

// The reasons behind a match score, one line per factor with its points.
// Shared by /match and the mentor's profile page. The marks are decoration:
// the words say the same.
const MARKS: Record<ReasonTone, string> = { good: "✓", some: "◐", none: "✕", unknown: "?" };

export function ScoreBreakdown({ reasons, label = "Why this score" }: { reasons: readonly Reason[]; label?: string }) {
  return (
    <ul aria-label={label} className="breakdown">
      {reasons.map((r) => (
        <li key={r.factor} data-factor={r.factor} className={r.tone === "good" || r.tone === "some" ? undefined : "none"}>
          <i aria-hidden="true">{MARKS[r.tone]}</i>
          {r.words}
          <small>
            {r.points} of {r.max} points
          </small>
        </li>
      ))}
    </ul>
  );
}
