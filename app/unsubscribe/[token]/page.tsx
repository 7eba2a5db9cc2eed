import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnsubscribeForm } from "@/components/account/unsubscribe-form";
import { KIND_INFO } from "@/lib/notifications/kinds";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

// The token in the address works without signing in: keep it out of referrers and search engines.
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false, follow: false }, referrer: "no-referrer" };

// One page per emailed link, opened once or twice: nothing worth keeping.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

// Opening the page changes nothing (mail scanners open links); the button does.
// A forged or garbled token is a 404 with its own message (not-found.tsx).
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const target = readUnsubscribeToken(token);
  if (!target) notFound();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">Unsubscribe</h1>
      <div className="mt-6">
        <UnsubscribeForm token={token} label={KIND_INFO[target.kind].label.toLowerCase()} />
      </div>
    </div>
  );
}
