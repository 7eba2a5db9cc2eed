// "82 / 100" and a bar. The bar is a meter for assistive technology, labelled
// with whose score it is, so a list of them can be told apart.
export function ScoreMeter({ score, label = "Match score" }: { score: number; label?: string }) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div className="w-full">
      <p className="font-semibold tabular-nums">
        <span className="text-2xl text-brand-900">{value}</span> <span className="text-sm text-stone-500">/ 100</span>
      </p>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value} out of 100`}
        className="mt-1 h-2 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
