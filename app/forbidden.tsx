import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="max-w-xl">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">403</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">You do not have access to this page</h1>
      <p className="mt-4 text-stone-700">It is for another role. If you think you should have access, ask an admin.</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
