import { describe, expect, it } from "vitest";
import { REQUEST_STATUSES, type RequestStatus } from "@/db/schema/mentorships";
import { RULES, transition, type RequestAction, type Side } from "./request-machine";

const ACTIONS = Object.keys(RULES) as RequestAction[];
const SIDES: Side[] = ["learner", "mentor", "system"];

// The whole table, written out by hand: every (status, action, side) not
// listed here must be refused.
const ALLOWED: Record<string, RequestStatus> = {
  "pending ask mentor": "needs_info",
  "needs_info answer learner": "pending",
  "pending accept mentor": "accepted",
  "needs_info accept mentor": "accepted",
  "pending decline mentor": "declined",
  "needs_info decline mentor": "declined",
  "pending withdraw learner": "withdrawn",
  "needs_info withdraw learner": "withdrawn",
  "pending expire system": "expired",
  "needs_info expire system": "expired",
};

describe("the request state machine", () => {
  for (const status of REQUEST_STATUSES)
    for (const action of ACTIONS)
      for (const side of SIDES) {
        const key = `${status} ${action} ${side}`;
        const expected = ALLOWED[key];
        it(`${expected ? "allows" : "refuses"} ${action} by the ${side} from ${status}`, () => {
          const result = transition({ status, action, side });
          if (expected) expect(result).toEqual({ ok: true, to: expected });
          else expect(result).toMatchObject({ ok: false, message: expect.any(String) });
        });
      }

  it("allows one question per request", () => {
    expect(transition({ status: "pending", action: "ask", side: "mentor", questionAsked: true })).toEqual({ ok: false, message: "You have already asked a question on this request." });
  });

  it("says why a closed request cannot change", () => {
    expect(transition({ status: "accepted", action: "withdraw", side: "learner" })).toEqual({ ok: false, message: "This request was already accepted." });
    expect(transition({ status: "expired", action: "accept", side: "mentor" })).toEqual({ ok: false, message: "This request expired." });
    expect(transition({ status: "pending", action: "accept", side: "learner" })).toEqual({ ok: false, message: "Only the mentor can do that." });
  });
});
