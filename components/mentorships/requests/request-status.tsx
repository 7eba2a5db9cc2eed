import type { RequestStatus } from "@/db/schema/mentorships";

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  pending: "Waiting for the mentor",
  needs_info: "Mentor asked a question",
  accepted: "Accepted",
  declined: "Declined",
  withdrawn: "Withdrawn",
  expired: "Expired",
};

const tone: Record<RequestStatus, string> = {
  pending: "bg-amber-50 text-amber-900",
  needs_info: "bg-sky-50 text-sky-900",
  accepted: "bg-emerald-50 text-emerald-900",
  declined: "bg-stone-100 text-stone-700",
  withdrawn: "bg-stone-100 text-stone-700",
  expired: "bg-stone-100 text-stone-700",
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tone[status]}`}>{REQUEST_STATUS_LABELS[status]}</span>;
}
