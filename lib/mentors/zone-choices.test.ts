import { describe, expect, it } from "vitest";
import { choiceFor, zoneChoices } from "./zone-choices";
import { utcOffsetMinutes } from "./time-offsets";

const JANUARY = new Date("2026-01-15T12:00:00Z");
const JULY = new Date("2026-07-15T12:00:00Z");

describe("time zone choices for the directory", () => {
  it("offers one choice per offset in use, in order, named by well-known cities", () => {
    const choices = zoneChoices(JANUARY);
    const offsets = choices.map((c) => c.offset);
    expect(new Set(offsets).size).toBe(choices.length);
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    expect(choices.length).toBeLessThan(50);
    expect(choices.find((c) => c.offset === 60)).toMatchObject({ value: "Europe/Berlin", label: expect.stringMatching(/^UTC\+01:00 \(Berlin/) });
    expect(choices.find((c) => c.offset === -300)?.label).toMatch(/^UTC−05:00 \(New York/);
    for (const c of choices) expect(utcOffsetMinutes(c.value, JANUARY)).toBe(c.offset);
  });

  it("follows daylight saving, and shows a zone from a shared link as the choice with its offset", () => {
    expect(choiceFor(zoneChoices(JANUARY), "Europe/Madrid", JANUARY)).toBe("Europe/Berlin");
    expect(choiceFor(zoneChoices(JULY), "Europe/London", JULY)).toBe(zoneChoices(JULY).find((c) => c.offset === 60)?.value);
    expect(choiceFor(zoneChoices(JANUARY), undefined, JANUARY)).toBe("");
  });
});
