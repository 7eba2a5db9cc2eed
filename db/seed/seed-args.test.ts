import { describe, expect, it } from "vitest";
import { parseSeedArgs } from "./seed-args";

const DEFAULT_FORUM = { threads: 30, posts: 150 };

describe("parseSeedArgs", () => {
  it("leaves every count to generateCommunity without flags, and asks for a small forum", () => {
    expect(parseSeedArgs([])).toEqual({ ok: true, help: false, community: {}, forum: DEFAULT_FORUM });
  });

  it("reads --mentors, --learners and --seed, in either spelling", () => {
    expect(parseSeedArgs(["--mentors", "10000", "--learners=50000", "--seed", "7"])).toEqual({
      ok: true,
      help: false,
      community: { mentors: 10000, learners: 50000, seed: 7 },
      forum: DEFAULT_FORUM,
    });
    expect(parseSeedArgs(["--learners", "0"])).toEqual({ ok: true, help: false, community: { learners: 0 }, forum: DEFAULT_FORUM });
    expect(parseSeedArgs(["--mentors", "200000"])).toMatchObject({ ok: true, community: { mentors: 200000 } });
    expect(parseSeedArgs(["-h"])).toMatchObject({ ok: true, help: true });
  });

  it("reads --threads and --posts, the benchmark's among them", () => {
    expect(parseSeedArgs(["--mentors", "10000", "--learners", "50000", "--threads", "5000", "--posts", "100000"])).toEqual({
      ok: true,
      help: false,
      community: { mentors: 10000, learners: 50000 },
      forum: { threads: 5000, posts: 100000 },
    });
    expect(parseSeedArgs(["--threads=50000", "--posts=1000000"])).toMatchObject({ ok: true, forum: { threads: 50000, posts: 1000000 } });
    // Exactly one post a thread is enough.
    expect(parseSeedArgs(["--threads", "12", "--posts", "12"])).toMatchObject({ ok: true, forum: { threads: 12, posts: 12 } });
    // No forum at all.
    expect(parseSeedArgs(["--threads", "0"])).toMatchObject({ ok: true, forum: { threads: 0, posts: 0 } });
    expect(parseSeedArgs(["--threads", "0", "--posts", "0"])).toMatchObject({ ok: true, forum: { threads: 0, posts: 0 } });
  });

  it("gives five posts a thread when --posts is left out, and keeps 30 threads when only --posts is given", () => {
    expect(parseSeedArgs(["--threads", "200"])).toMatchObject({ ok: true, forum: { threads: 200, posts: 1000 } });
    expect(parseSeedArgs(["--posts", "400"])).toMatchObject({ ok: true, forum: { threads: 30, posts: 400 } });
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
    [["--threads", "50001"], /--threads must be a whole number from 0 to 50000, not "50001"/],
    [["--threads=-5"], /--threads must be/],
    [["--posts", "1000001"], /--posts must be a whole number from 0 to 1000000, not "1000001"/],
    [["--posts", "1e5"], /--posts must be/],
    [["--threads", "5000", "--posts", "4999"], /--posts must be at least --threads \(5000\)/],
    [["--posts", "29"], /--posts must be at least --threads \(30\)/],
    [["--threads", "0", "--posts", "10"], /--posts 10 needs threads/],
  ])("refuses %j", (argv, message) => {
    const result = parseSeedArgs(argv);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(message);
  });
});
