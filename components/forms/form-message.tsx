// The form-level message, in a live region so screen readers announce it.
// Not role="alert": Next's route announcer already uses that role.
export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "info" }) {
  return (
    <div aria-live="polite" className="min-h-0">
      {message && (
        <p role="status" className={tone === "error" ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-900" : "rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900"}>
          {message}
        </p>
      )}
    </div>
  );
}
