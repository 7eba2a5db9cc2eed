import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { CommunityCharts } from "@/components/admin/community-charts";
import { EmailDeliveryPanel } from "@/components/admin/email-delivery-panel";
import { HeadlineNumbers } from "@/components/admin/headline-numbers";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { communityStats } from "@/lib/admin/community-stats";
import { formatDate, formatMoment } from "@/lib/format";
import { deliveryHealth } from "@/lib/email/delivery";

export const metadata: Metadata = { title: "Community dashboard", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 200) || undefined : undefined);

const heading = "font-serif text-2xl font-semibold";

// Rendered on every request (the session makes it dynamic): the figures are
// read fresh, a few GROUP BY queries over indexed timestamps.
export default async function AdminDashboardPage({ searchParams }: Props) {
  const actor = await requireRole(["admin"], "/admin");
  const params = await searchParams;
  const db = getDb();
  const stats = communityStats(db, { actor });
  const email = deliveryHealth(db, { actor });
  // lib/ decides again (null for anyone but an admin): the page check is not the only one.
  if (!stats || !email) forbidden();
  const weeks = stats.weeks.length;

  return (
    <div>
      <AdminNav current="dashboard" />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">Community dashboard</h1>
          <p className="mt-2 text-sm text-stone-600">
            The last {weeks} weeks, from {formatDate(stats.weeks[0]!.weekStart)}. Weeks run Monday to Sunday in UTC; the current one is counted up to {formatMoment(stats.asOf)}.
          </p>
        </div>
        <form method="get" action="/admin/users" role="search" className="flex gap-2">
          <label htmlFor="admin-user-search" className="sr-only">
            Search users
          </label>
          <input id="admin-user-search" name="q" type="search" placeholder="Name, handle or email" className="w-56 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm" />
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm">
            Search users
          </button>
        </form>
      </div>

      <section aria-labelledby="totals-heading" className="mt-8">
        <h2 id="totals-heading" className="sr-only">
          At a glance
        </h2>
        <HeadlineNumbers totals={stats.totals} weeks={weeks} />
      </section>

      <CommunityCharts weeks={stats.weeks} />

      <section id="email-delivery" aria-labelledby="email-heading" className="mt-12 scroll-mt-6">
        <h2 id="email-heading" className={heading}>
          Email delivery
        </h2>
        <div className="mt-4">
          <EmailDeliveryPanel health={email} done={one(params.emailDone)} error={one(params.emailError)} />
        </div>
      </section>

      <section aria-labelledby="more-heading" className="mt-12">
        <h2 id="more-heading" className={heading}>
          Elsewhere
        </h2>
        <ul className="mt-2 list-inside list-disc text-sm">
          <li>
            <Link href="/admin/users" className="text-brand-700 underline">
              Users and roles
            </Link>
            : search accounts and change their role.
          </li>
          <li>
            <Link href="/moderation" className="text-brand-700 underline">
              Review queue
            </Link>{" "}
            and{" "}
            <Link href="/moderation/log" className="text-brand-700 underline">
              audit log
            </Link>
            : flagged posts, reports and appeals.
          </li>
        </ul>
      </section>
    </div>
  );
}
