import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { FormMessage } from "@/components/forms/form-message";
import { Pagination } from "@/components/ui/pagination";
import { ROLES } from "@/db/schema";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/accounts/authorization";
import { listUsersForAdmin } from "@/lib/accounts/roles";
import { changeRoleAction } from "./actions";

export const metadata: Metadata = { title: "Users and roles", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

export default async function AdminUsersPage({ searchParams }: Props) {
  const actor = await requireRole(["admin"], "/admin/users");
  const params = await searchParams;
  const q = one(params.q).slice(0, 100);
  const page = Math.min(1000, Math.max(1, Number.parseInt(one(params.page), 10) || 1));
  const list = listUsersForAdmin(getDb(), { actor, q, page })!;

  return (
    <div>
      <AdminNav current="users" />
      <h1 className="font-serif text-3xl font-semibold">Users and roles</h1>
      <div className="mt-4 space-y-2">
        <FormMessage tone="info" message={one(params.updated).slice(0, 200) || undefined} />
        <FormMessage message={one(params.error).slice(0, 200) || undefined} />
      </div>
      <form method="get" role="search" className="mt-6 flex max-w-md gap-2">
        <label htmlFor="user-search" className="sr-only">
          Search users
        </label>
        <input id="user-search" name="q" type="search" defaultValue={q} placeholder="Name, handle or email" className="w-full rounded-md border border-stone-300 px-3 py-1.5 text-sm" />
        <button type="submit" className="rounded-md border border-stone-300 px-3 py-1.5 text-sm">
          Search
        </button>
      </form>
      <p className="mt-4 text-sm text-stone-600">{list.total} accounts</p>
      <table className="mt-2 w-full text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((u) => (
            <tr key={u.id} className="border-b border-stone-200">
              <th scope="row" className="py-2 font-normal">
                {u.displayName} <span className="text-stone-500">@{u.handle}</span>
              </th>
              <td>{u.email}</td>
              <td>
                {u.id === actor.id ? (
                  <span className="capitalize">{u.role} (you)</span>
                ) : (
                  <form action={changeRoleAction} className="flex items-center gap-2">
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="q" value={q} />
                    <label htmlFor={`role-${u.id}`} className="sr-only">
                      Role of {u.displayName}
                    </label>
                    <select id={`role-${u.id}`} name="role" defaultValue={u.role} className="rounded-md border border-stone-300 px-2 py-1">
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="rounded-md border border-stone-300 px-2 py-1">
                      Save role<span className="sr-only"> of {u.displayName}</span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => `/admin/users?${new URLSearchParams({ q, page: String(p) })}`} />
    </div>
  );
}
