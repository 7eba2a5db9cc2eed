import { describe, expect, it } from "vitest";
import { databaseFactory, listActions, listRoutes, type RegisteredAction, type RegisteredRoute } from "@/lib/testing/action-harness";
import { EXPECTED, NOTES, SUSPENDED, SUSPENDED_ACTORS, type Expectation } from "./expected";
import { runActionCell, runRouteCell, type Actor, type CellResult } from "./run";
import { SCENARIOS } from "./scenarios";
import { ROLES, seedBaseMembers } from "./world";

// The matrix's rows as vitest tests, one per cell. Test files call this after
// their vi.mock lines (the mocks must be in place before the app's modules load).

export type Registry = { actions: Map<string, RegisteredAction>; routes: Map<string, RegisteredRoute> };

export async function loadRegistry(): Promise<Registry> {
  return {
    actions: new Map((await listActions()).map((a) => [a.id, a])),
    routes: new Map((await listRoutes()).map((r) => [r.id, r])),
  };
}

const explain = (id: string, r: CellResult) =>
  `outcome ${JSON.stringify(r.outcome)}; database changed: ${r.changed}; intended change made: ${r.done}${NOTES[id] ? `. Note: ${NOTES[id]}` : ""}`;

export function describeRows({ actions, routes }: Registry, ids: readonly string[]): void {
  const freshDb = databaseFactory(seedBaseMembers);

  async function check(id: string, who: Actor, expected: Expectation | undefined) {
    const scenario = SCENARIOS[id];
    const action = actions.get(id);
    const route = routes.get(id);
    if (!scenario || (!action && !route)) throw new Error(`${id}: nothing to run (see the coverage tests)`);
    if (scenario.kind === "delegated") {
      expect(route !== undefined && scenario.check(route), scenario.reason).toBe(true);
      return;
    }
    const result =
      scenario.kind === "action" && action
        ? await runActionCell(action, scenario, who, freshDb())
        : scenario.kind === "route" && route
          ? await runRouteCell(route, scenario, who, freshDb())
          : null;
    if (!result) throw new Error(`${id}: the scenario is for ${scenario.kind === "action" ? "an action" : "a route"}, the registry disagrees`);
    expect(result.observed, explain(id, result)).toBe(expected);
  }

  for (const id of ids) {
    const cells = EXPECTED[id] ?? [];
    const suspended = SUSPENDED[id] ?? [];
    const scenario = SCENARIOS[id];
    describe(scenario && scenario.kind !== "delegated" ? `${id} (owner: ${scenario.owner})` : id, () => {
      ROLES.forEach((role, i) => it(`${role}: ${cells[i]}`, () => check(id, { role }, cells[i])));
      SUSPENDED_ACTORS.forEach((role, i) => it(`${role}, suspended: ${suspended[i]}`, () => check(id, { role, suspended: true }, suspended[i])));
    });
  }
}
