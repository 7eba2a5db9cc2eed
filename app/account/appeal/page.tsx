import type { Metadata } from "next";
import Link from "next/link";
import { AppealForm } from "@/components/moderation/appeal-form";
import { SuspensionNotice } from "@/components/moderation/suspension-notice";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { getAppealView } from "@/lib/moderation/appeals";
import { formatMoment } from "@/lib/moderation/labels";

export const metadata: Metadata = { title: "Appeal a suspension", robots: { index: false } };

// A suspended member reads why and until when, and sends one appeal per
// suspension; afterwards the page says it was sent, then the answer.
export default async function AppealPage() {
  const user = await requireUser("/account/appeal");
  const view = getAppealView(getDb(), { actor: user });
  if (!view.ok) return null;
  const { suspension, appeal } = view;
  const decision = appeal?.decision;

  return (
    <div className="max-w-xl">
      <p className="text-sm">
        <Link href="/account" className="text-brand-700 hover:underline">
          Your account
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Appeal a suspension</h1>
      <div className="mt-6 space-y-4">
        {suspension ? <SuspensionNotice suspension={suspension} withAppealLink={false} /> : <p>Your account is not suspended: there is nothing to appeal.</p>}
        {appeal && (suspension ? appeal.forCurrentSuspension : !!decision) && (
          <div role="status" className="rounded-md border border-stone-200 bg-white px-4 py-3 text-sm">
            <p>
              You sent your appeal on {formatMoment(appeal.createdAt)}.{" "}
              {decision
                ? decision.outcome === "lifted"
                  ? "A moderator lifted the suspension."
                  : "A moderator reviewed it and kept the suspension."
                : "A moderator will review it; the answer will show here."}
            </p>
            {decision?.reason && <p className="mt-1">Their reason: {decision.reason}</p>}
            <p className="mt-2 text-stone-600">Your appeal:</p>
            <blockquote className="mt-1 border-l-4 border-stone-200 pl-3 whitespace-pre-wrap">{appeal.body}</blockquote>
          </div>
        )}
        {suspension && !appeal?.forCurrentSuspension && <AppealForm />}
      </div>
    </div>
  );
}
