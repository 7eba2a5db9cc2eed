"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { NotificationBell } from "./notification-bell";

type Me = { displayName: string; handle: string; role: string; unread: number } | null;

// Pages are prerendered for everyone, so the signed-in part of the header is
// filled in the browser from /api/me. Without JavaScript it offers sign-in.
export function AccountMenu() {
  const [me, setMe] = useState<Me | undefined>(undefined);
  // The header outlives client-side navigations; signing in or out ends in
  // one, so the menu asks again whenever the page changes.
  const pathname = usePathname();
  // …and when the tab comes back into view, so the bell is fresh without polling.
  useEffect(() => {
    let live = true;
    const load = () =>
      fetch("/api/me", { cache: "no-store" })
        .then((r) => (r.ok ? r.json() : { user: null }))
        .then((body: { user: Me }) => live && setMe(body.user))
        .catch(() => live && setMe(null));
    void load();
    const onVisible = () => document.visibilityState === "visible" && void load();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      live = false;
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pathname]);

  const link = "text-sm text-stone-700 hover:text-brand-700";
  if (me) {
    return (
      <span className="flex items-center gap-3">
        <NotificationBell unread={me.unread} />
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
        {me.role === "admin" && (
          <Link href="/admin" className={link}>
            Admin
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
