"use client";

// Shown when a page fails unexpectedly; the digest lets us find the server log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-4 text-stone-700">This page could not be shown. Please try again in a moment.</p>
      {error.digest && <p className="mt-2 text-sm text-stone-500">Reference: {error.digest}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-900">
        Try again
      </button>
    </div>
  );
}
