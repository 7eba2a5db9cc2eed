import Link from "next/link";
import type { WidenHint } from "@/lib/matching/hints";

// What the learner could change for better matches. Each hint that names a
// setting links to where it is changed.
export function WidenHints({ hints, title = "Get better matches" }: { hints: readonly WidenHint[]; title?: string }) {
  if (hints.length === 0) return null;
  return (
    <section aria-labelledby="widen-heading" className="rounded-md border border-brand-100 bg-brand-50 p-4 text-sm text-stone-800">
      <h2 id="widen-heading" className="font-semibold text-brand-900">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {hints.map((h) => (
          <li key={h.key}>
            {h.text}
            {h.href && (
              <>
                {" "}
                <Link href={h.href} className="text-brand-700 underline">
                  {h.href === "/mentors" ? "Browse mentors" : "Edit your profile"}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
