import { describe, expect, it, vi } from "vitest";
import { EXPECTED, SUSPENDED } from "./expected";
import { SCENARIOS } from "./scenarios";
import { describeRows, loadRegistry } from "./suite";
import { ROLES } from "./world";

// The authorization matrix (expected.ts), run for real: every server action
// and route handler found on disk, called as each kind of person against a
// fresh migrated database. Only the session and what Next supplies around a
// request are faked (lib/testing/action-harness), and scrypt runs at a test
// cost (cheap-scrypt.ts).

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).authModuleMock);
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).nextAuthMock);
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).nextCacheMock);
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextHeadersMock);
vi.mock("node:crypto", async (importOriginal) => (await import("@/lib/security/authorization/cheap-scrypt")).cheapScrypt(await importOriginal()));

const registry = await loadRegistry();
const onDisk = [...registry.actions.keys(), ...registry.routes.keys()];

describe("the table covers exactly what is on disk", () => {
  it("every server action and route handler has a row", () => {
    expect(onDisk.filter((id) => !(id in EXPECTED))).toEqual([]);
  });

  it("every row names an action or route that exists", () => {
    expect(Object.keys(EXPECTED).filter((id) => !registry.actions.has(id) && !registry.routes.has(id))).toEqual([]);
  });

  it("every row has a scenario of its kind and a cell for each role", () => {
    const problems = Object.entries(EXPECTED).flatMap(([id, cells]) => {
      const s = SCENARIOS[id];
      if (!s) return [`${id}: no scenario`];
      if (registry.actions.has(id) && s.kind !== "action") return [`${id}: an action needs an action scenario`];
      if (registry.routes.has(id) && s.kind === "action") return [`${id}: a route needs a route scenario`];
      if ((s.kind === "delegated") !== cells.every((c) => c === "n/a")) return [`${id}: "n/a" rows and delegated scenarios go together`];
      return cells.length === ROLES.length ? [] : [`${id}: ${cells.length} cells for ${ROLES.length} roles`];
    });
    expect(problems).toEqual([]);
    expect(Object.keys(SCENARIOS).filter((id) => !(id in EXPECTED))).toEqual([]);
    const suspendedRows = Object.keys(SUSPENDED);
    expect({ missing: Object.keys(EXPECTED).filter((id) => !(id in SUSPENDED)), extra: suspendedRows.filter((id) => !(id in EXPECTED)) }).toEqual({ missing: [], extra: [] });
  });
});

describeRows(registry, Object.keys(EXPECTED));
