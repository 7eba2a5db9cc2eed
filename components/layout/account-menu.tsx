"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

type Me = { displayName: string; handle: string; role: string } | null;

// Pages are prerendered for everyone, so the signed-in part of the header is
// filled in the browser from /api/me. Without JavaScript it offers sign-in.
export function AccountMenu() {
  const [me, setMe] = useState<Me | undefined>(undefined);
  // The header outlives client-side navigations; signing in or out ends in
  // one, so the menu asks again whenever the page changes.
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    fetch("/api/me", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { user: null }))
      .then((body: { user: Me }) => live && setMe(body.user))
      .catch(() => live && setMe(null));
    return () => {
      live = false;
    };
  }, [pathname]);

  const link = "text-sm text-stone-700 hover:text-brand-700";
  if (me) {
    return (
      <span className="flex gap-3">
        <Link href="/match" className={link}>
          Your matches
        </Link>
        <Link href="/mentorships" className={link}>
          My mentorships
        </Link>
        {(me.role === "moderator" || me.role === "admin") && (
          <Link href="/moderation" className={link}>
            Moderation
          </Link>
        )}
        <Link href="/account" className={link}>
          <span className="sr-only">Your account: </span>
          {me.displayName}
        </Link>
      </span>
    );
  }
  return (
    <span className="flex gap-3" aria-busy={me === undefined}>
      <Link href="/sign-in" className={link}>
        Sign in
      </Link>
      <Link href="/sign-up" className={link}>
        Sign up
      </Link>
    </span>
  );
}
