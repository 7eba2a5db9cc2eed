import { retryEmailAction } from "@/app/admin/actions";
import { FormMessage } from "@/components/forms/form-message";
import { formatCount, formatDuration } from "@/lib/admin/format";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS, type DeliveryHealth } from "@/lib/email/delivery";
import { formatMoment } from "@/lib/moderation/labels";

type Problem = DeliveryHealth["recentProblems"][number];

function stateOf(p: Problem): string {
  if (p.status === "failed") return `Gave up after ${p.attempts} ${p.attempts === 1 ? "attempt" : "attempts"}`;
  // A retried email starts again from 0 attempts but keeps its last error until it is sent.
  if (p.attempts === 0) return `Queued again, next attempt ${formatMoment(p.nextAttemptAt)}`;
  return `Attempt ${p.attempts} of ${MAX_ATTEMPTS} failed, next ${formatMoment(p.nextAttemptAt)}`;
}

const delays = RETRY_DELAYS_MS.map((ms) => formatDuration(ms / 1000));
const SCHEDULE = `A failed send is tried again after ${delays[0]}, then after ${delays.slice(1, -1).join(", ")} and ${delays.at(-1)}; after ${MAX_ATTEMPTS} attempts in all it gives up and waits here for a retry.`;

const button =
  "rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm whitespace-nowrap text-stone-700 hover:border-brand-600 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** What waits in the email queue, what is being retried, what gave up; each problem can be retried at once. */
export function EmailDeliveryPanel({ health, done, error }: { health: DeliveryHealth; done?: string; error?: string }) {
  const counts = [
    { label: "Waiting to be sent", value: health.pending, alarm: false },
    { label: "Being retried", value: health.retrying, alarm: false },
    { label: "Failed (gave up)", value: health.failed, alarm: health.failed > 0 },
  ];
  return (
    <div>
      <p className="text-sm text-stone-600">{SCHEDULE}</p>
      <div className="mt-3 space-y-2">
        <FormMessage tone="info" message={done} />
        <FormMessage message={error} />
      </div>
      <dl className="mt-3 grid grid-cols-3 gap-3">
        {counts.map((c) => (
          <div key={c.label} className={`rounded-lg border bg-white p-3 ${c.alarm ? "border-red-300" : "border-stone-200"}`}>
            <dt className="text-sm text-stone-600">{c.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{formatCount(c.value)}</dd>
          </div>
        ))}
      </dl>
      {health.recentProblems.length === 0 ? (
        <p className="mt-4 text-sm text-stone-600">No email is failing: nothing to retry.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold">Recent delivery problems (the latest {health.recentProblems.length})</caption>
            <thead>
              <tr className="border-b border-stone-300 text-stone-700">
                <th scope="col" className="py-1 pr-3 font-medium">Email</th>
                <th scope="col" className="py-1 pr-3 font-medium">State</th>
                <th scope="col" className="py-1 pr-3 font-medium">Last error</th>
                <th scope="col" className="py-1 font-medium">
                  <span className="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {health.recentProblems.map((p) => (
                <tr key={p.id} className="border-b border-stone-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <span className="block">{p.subject}</span>
                    <span className="block text-stone-600">
                      to {p.to}, {p.kind.replace("_", " ")}, queued {formatMoment(p.createdAt)}
                    </span>
                  </th>
                  <td className="py-2 pr-3">{stateOf(p)}</td>
                  <td className="py-2 pr-3 font-mono text-xs break-all text-stone-700">{p.lastError}</td>
                  <td className="py-2">
                    <form action={retryEmailAction}>
                      <input type="hidden" name="emailId" value={p.id} />
                      <button type="submit" className={button}>
                        Retry now<span className="sr-only"> ({p.subject}, to {p.to})</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
