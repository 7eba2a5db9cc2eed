import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDatabase } from "@/lib/testing/test-db";
import { freeHandle, pickHandle } from "./handles";

describe("pickHandle", () => {
  it("slugs the display name, then numbers from 2 past the taken ones", () => {
    const taken = new Set<string>();
    expect(pickHandle("Ana María", (h) => taken.has(h))).toBe("ana-maria");
    taken.add("ana-maria");
    expect(pickHandle("Ana María", (h) => taken.has(h))).toBe("ana-maria-2");
    taken.add("ana-maria-2").add("ana-maria-4");
    expect(pickHandle("ANA  maria", (h) => taken.has(h))).toBe("ana-maria-3");
  });

  it("falls back to 'member' for a name with nothing to slug", () => {
    expect(pickHandle("???", () => false)).toBe("member");
    expect(pickHandle("", (h) => h === "member")).toBe("member-2");
  });
});

describe("freeHandle", () => {
  it("picks what pickHandle picks against the handles in the database", () => {
    const { db } = createTestDatabase();
    for (const [i, handle] of ["jo-smith", "jo-smith-2", "jo-smith-3"].entries()) {
      db.insert(users).values({ email: `u${i}@example.org`, handle, displayName: "Jo Smith" }).run();
    }
    const taken = new Set(db.select({ handle: users.handle }).from(users).all().map((u) => u.handle));
    expect(freeHandle(db, "Jo Smith")).toBe("jo-smith-4");
    expect(pickHandle("Jo Smith", (h) => taken.has(h))).toBe("jo-smith-4");
    expect(freeHandle(db, "Jó Smíth-")).toBe("jo-smith-4");
  });
});
