import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { slugify } from "@/lib/articles/slug";

/**
 * The first handle for a display name that `isTaken` says is free: "Ana María"
 * → "ana-maria", then "ana-maria-2", "ana-maria-3"… Pure: the caller decides
 * what "taken" means (a database lookup, or a Set when allocating in bulk).
 */
export function pickHandle(displayName: string, isTaken: (handle: string) => boolean): string {
  const slug = slugify(displayName, 30);
  const base = slug === "article" ? "member" : slug;
  for (let n = 1; ; n++) {
    const handle = n === 1 ? base : `${base}-${n}`;
    if (!isTaken(handle)) return handle;
  }
}

/** A public handle from a display name that no account has yet (see pickHandle). */
export function freeHandle(db: Db, displayName: string): string {
  return pickHandle(displayName, (handle) => !!db.select({ id: users.id }).from(users).where(eq(users.handle, handle)).get());
}
