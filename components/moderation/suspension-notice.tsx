import Link from "next/link";
import { formatMoment } from "@/lib/moderation/labels";

type Props = {
  /** The running suspension (activeSuspension in lib/accounts/suspension). */
  suspension: { until: Date; reason: string };
  /** Hide the appeal link (on the appeal page itself). */
  withAppealLink?: boolean;
};

// What a suspended member reads wherever they would write: why, until when,
// and where to appeal.
export function SuspensionNotice({ suspension, withAppealLink = true }: Props) {
  const reason = suspension.reason.trim().replace(/[.\s]+$/, "");
  return (
    <div role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <p>
        Your account is suspended until {formatMoment(suspension.until)}
        {reason ? `: ${reason}` : ""}. You can read but not post.
      </p>
      {withAppealLink && (
        <p className="mt-1">
          <Link href="/account/appeal" className="font-medium underline">
            Appeal this suspension
          </Link>
        </p>
      )}
    </div>
  );
}
