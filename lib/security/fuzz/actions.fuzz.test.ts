import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { actAs, callAction, databaseFactory, dbSnapshot, interruptOf, listActions, resetRecords, settle, type RegisteredAction } from "@/lib/testing/action-harness";
import { hostileForm, toFormData } from "./arbitraries";
import { FUZZ_SEED, fuzzParams } from "./config";
import { formFieldNames } from "./field-names";
import { isRefusal, withoutAttempts } from "./refusal";
import { ACTORS, buildWorld, type World } from "./world";

// Every server action found on disk, fed malformed forms by each kind of
// person against a small real world. Two properties:
//  1. nothing but Next's redirect / notFound / forbidden escapes (anything
//     else would be a 500);
//  2. a refusal leaves the database as it was (lib/security/fuzz/refusal.ts
//     names the one table that counts refused attempts, and who may write it).
// A second pass calls each action with arguments that are not a form at all,
// as a script can through Next's action endpoint.

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).authModuleMock);
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).nextAuthMock);
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).nextCacheMock);
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextHeadersMock);

const actions = await listActions();
const fieldNames = formFieldNames();
let world: World | undefined;
const freshDb = databaseFactory((db) => {
  world = buildWorld(db);
});

// Sign-in, sign-up and a password change hash a well-formed password (about
// 0.4 s each; sign-in for an unknown email too, by design): fewer runs there
// keep the suite fast. The world's own hash is cheap (lib/security/fuzz/world.ts).
const HASHING = new Set(["signInAction", "signUpAction", "changePasswordAction"]);
const TIMEOUT = 60_000;
const RUNS = 70;
const HASHING_RUNS = 20;
const ARGUMENT_RUNS = 15;

// Per action: how many calls, how many refused (the runs property 2 checked).
const stats = new Map<string, { calls: number; refusals: number }>();

afterAll(() => {
  const rows = [...stats.values()];
  const calls = rows.reduce((n, r) => n + r.calls, 0);
  const refusals = rows.reduce((n, r) => n + r.refusals, 0);
  console.log(`actions fuzz: ${stats.size} actions, ${calls} malformed forms (${refusals} refused), seed ${FUZZ_SEED}`);
});

// React can encode these as a server action's arguments.
const notAForm = fc.oneof(
  fc.constantFrom(undefined, null, "", "body", 0, 1e309, true, [], {}, { get: "x" }, new Map([["body", "x"]]), new URLSearchParams("body=x&postId=1"), new Date(Number.NaN), 10n),
  fc.jsonValue({ maxDepth: 3 }),
);

describe.each(actions.map((a) => [a.id, a] as const))("fuzz %s", (_id, action: RegisteredAction) => {
  it("never throws on a malformed form, and a refusal changes nothing", async () => {
    const db = freshDb();
    const w = world!;
    const tally = { calls: 0, refusals: 0 };
    stats.set(action.id, tally);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ACTORS), hostileForm(fieldNames, w.refs), async (actor, entries) => {
        actAs(w.userIdOf(actor));
        resetRecords();
        tally.calls++;
        const before = dbSnapshot(db);
        const outcome = await callAction(action, toFormData(entries));
        await settle();
        if (!isRefusal(outcome)) return;
        tally.refusals++;
        expect(withoutAttempts(dbSnapshot(db), action.name), `${action.id} as ${actor} refused (${JSON.stringify(outcome).slice(0, 300)}) yet changed the database`).toBe(
          withoutAttempts(before, action.name),
        );
      }),
      fuzzParams(HASHING.has(action.name) ? HASHING_RUNS : RUNS),
    );
  }, TIMEOUT);

  it("never throws when called with arguments that are not a form", async () => {
    freshDb();
    const w = world!;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ACTORS), fc.array(notAForm, { maxLength: 3 }), async (actor, args) => {
        actAs(w.userIdOf(actor));
        try {
          await action.fn(...args);
        } catch (error) {
          if (!interruptOf(error)) throw error;
        }
        await settle();
      }),
      fuzzParams(ARGUMENT_RUNS),
    );
  }, TIMEOUT);
});
