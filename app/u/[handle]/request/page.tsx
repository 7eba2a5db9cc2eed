import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SendRequestForm } from "@/components/mentorships/requests/send-request-form";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { requestFormContext } from "@/lib/mentorships/request-form";
import { REQUEST_LIMITS } from "@/lib/mentorships/request-schema";
import { parseHandle } from "@/lib/profiles/handle";

export const metadata: Metadata = { title: "Request mentorship", robots: { index: false } };

type Props = { params: Promise<{ handle: string }> };

export default async function RequestMentorshipPage({ params }: Props) {
  const handle = parseHandle((await params).handle);
  if (!handle) notFound();
  const actor = await requireUser(`/u/${handle}/request`);
  const context = requestFormContext(getDb(), { actor, mentorHandle: handle });
  if (!context) notFound();
  const { mentor, blocked } = context;
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href={`/u/${mentor.handle}`} className="text-brand-700 underline">
          ← {mentor.displayName}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Ask {mentor.displayName} to mentor you</h1>
      {blocked ? (
        <div className="mt-6 rounded-md bg-stone-100 p-4 text-stone-800">
          <p>{blocked.message}</p>
          {blocked.requestId && (
            <p className="mt-2">
              <Link href={`/requests/${blocked.requestId}`} className="text-brand-700 underline">
                See your request
              </Link>
            </p>
          )}
          {blocked.mentorshipId && (
            <p className="mt-2">
              <Link href={`/mentorships/${blocked.mentorshipId}`} className="text-brand-700 underline">
                Go to your mentorship
              </Link>
            </p>
          )}
          <p className="mt-2">
            <Link href="/match" className="text-brand-700 underline">
              See other mentors who match you
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="mt-3 text-stone-700">
            {mentor.displayName} can accept, decline, or ask you a question first. A request waits 14 days for an answer. You have {context.openCount} of{" "}
            {REQUEST_LIMITS.openPerLearner} open requests.
          </p>
          <div className="mt-6">
            <SendRequestForm mentorHandle={mentor.handle} mentorName={mentor.displayName} profileGoals={context.profileGoals} />
          </div>
        </>
      )}
    </div>
  );
}
