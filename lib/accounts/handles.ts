import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { slugify } from "@/lib/articles/slug";

/** A public handle from a display name: "Ana María" → "ana-maria", then "ana-maria-2"… */
export function freeHandle(db: Db, displayName: string): string {
  const slug = slugify(displayName, 30);
  const base = slug === "article" ? "member" : slug;
  for (let n = 1; ; n++) {
    const handle = n === 1 ? base : `${base}-${n}`;
    if (!db.select({ id: users.id }).from(users).where(eq(users.handle, handle)).get()) return handle;
  }
}
