import Link from "next/link";

const PAGES = [
  { key: "dashboard", href: "/admin", label: "Dashboard" },
  { key: "users", href: "/admin/users", label: "Users and roles" },
] as const;

// Rendered by each admin page with its own key rather than by a layout: a
// server layout does not know the path, and this keeps aria-current right
// without client JavaScript.
export function AdminNav({ current }: { current: (typeof PAGES)[number]["key"] }) {
  return (
    <nav aria-label="Admin" className="mb-6 flex gap-4 border-b border-stone-200 text-sm">
      {PAGES.map((p) => (
        <Link
          key={p.key}
          href={p.href}
          aria-current={p.key === current ? "page" : undefined}
          className="-mb-px border-b-2 border-transparent px-1 pb-2 text-stone-700 hover:text-brand-700 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold aria-[current=page]:text-stone-900"
        >
          {p.label}
        </Link>
      ))}
    </nav>
  );
}
