import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted", robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold">Your account is deleted</h1>
      <p role="status" className="mt-4 text-stone-700">
        Your profile, drafts and sessions are gone. Thank you for being part of Tandem.
      </p>
      <p className="mt-6">
        <Link href="/articles" className="text-brand-700 underline">
          Keep reading the articles
        </Link>
      </p>
    </div>
  );
}
