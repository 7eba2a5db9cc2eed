import { avatarFor } from "@/lib/profiles/avatar";

// Initials on a colour picked from the handle: drawn by the page itself, no
// image request. Hidden from screen readers: the name is always next to it.
export function Avatar({ displayName, handle, size = "lg" }: { displayName: string; handle: string; size?: "sm" | "lg" }) {
  const { initials, background, foreground } = avatarFor({ displayName, handle });
  const box = size === "lg" ? "size-20 text-2xl" : "size-10 text-sm";
  return (
    <span aria-hidden="true" data-avatar="" className={`inline-flex shrink-0 select-none items-center justify-center rounded-full font-semibold ${box}`} style={{ backgroundColor: background, color: foreground }}>
      {initials}
    </span>
  );
}
