import { describe, expect, it } from "vitest";
import { parseSeedArgs } from "./seed-args";

describe("parseSeedArgs", () => {
  it("leaves every count to generateCommunity without flags", () => {
    expect(parseSeedArgs([])).toEqual({ ok: true, help: false, community: {} });
  });

  it("reads --mentors, --learners and --seed, in either spelling", () => {
    expect(parseSeedArgs(["--mentors", "10000", "--learners=50000", "--seed", "7"])).toEqual({
      ok: true,
      help: false,
      community: { mentors: 10000, learners: 50000, seed: 7 },
    });
    expect(parseSeedArgs(["--learners", "0"])).toEqual({ ok: true, help: false, community: { learners: 0 } });
    expect(parseSeedArgs(["--mentors", "200000"])).toMatchObject({ ok: true, community: { mentors: 200000 } });
    expect(parseSeedArgs(["-h"])).toMatchObject({ ok: true, help: true });
  });

  it.each([
    [["--mentors", "200001"], /--mentors must be a whole number from 0 to 200000, not "200001"/],
    [["--mentors=-1"], /--mentors must be/],
    [["--learners", "2.5"], /--learners must be/],
    [["--learners", "1e4"], /--learners must be/],
    [["--learners", "10_000"], /--learners must be/],
    [["--learners="], /--learners must be/],
    [["--seed", "abc"], /--seed must be/],
    [["--seed", "99999999999"], /--seed must be/],
    [["--mentors"], /argument missing/],
    [["--mentors", "--learners", "5"], /ambiguous/],
    [["--members", "5"], /Unknown option '--members'/],
    [["10000"], /Unexpected argument '10000'/],
  ])("refuses %j", (argv, message) => {
    const result = parseSeedArgs(argv);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(message);
  });
});
