import { describe, expect, it } from "vitest";
import { roleAfterSave } from "./roles";

describe("roleAfterSave", () => {
  it("promotes a learner who publishes a mentor section", () => {
    expect(roleAfterSave({ role: "learner", wasPublished: false, published: true })).toBe("mentor");
    expect(roleAfterSave({ role: "learner", wasPublished: false, published: false })).toBe("learner");
  });

  it("returns a mentor who withdraws the section to learner, only if it was published", () => {
    expect(roleAfterSave({ role: "mentor", wasPublished: true, published: false })).toBe("learner");
    expect(roleAfterSave({ role: "mentor", wasPublished: false, published: false })).toBe("mentor");
    expect(roleAfterSave({ role: "mentor", wasPublished: true, published: true })).toBe("mentor");
  });

  it("never changes a moderator or an admin", () => {
    for (const role of ["moderator", "admin"] as const) {
      for (const wasPublished of [true, false]) {
        for (const published of [true, false]) expect(roleAfterSave({ role, wasPublished, published })).toBe(role);
      }
    }
  });
});
