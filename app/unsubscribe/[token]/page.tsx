import type { Metadata } from "next";
import Link from "next/link";
import { UnsubscribeForm } from "@/components/account/unsubscribe-form";
import { FormMessage } from "@/components/forms/form-message";
import { KIND_INFO } from "@/lib/notifications/kinds";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { INVALID_LINK } from "./messages";

// The token in the address works without signing in: keep it out of referrers and search engines.
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false, follow: false }, referrer: "no-referrer" };

// One page per emailed link, opened once or twice: nothing worth keeping.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

// Opening the page changes nothing (mail scanners open links); the button does.
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const target = readUnsubscribeToken(token);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">Unsubscribe</h1>
      <div className="mt-6">
        {target ? (
          <UnsubscribeForm token={token} label={KIND_INFO[target.kind].label.toLowerCase()} />
        ) : (
          <>
            <FormMessage message={INVALID_LINK} />
            <p className="mt-4 text-sm text-stone-700">
              You can choose which emails you get in your{" "}
              <Link href="/account/notifications" className="text-brand-700 underline">
                notification settings
              </Link>
              .
            </p>
          </>
        )}
      </div>
    </div>
  );
}
