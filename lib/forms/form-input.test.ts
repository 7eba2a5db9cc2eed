import { describe, expect, it } from "vitest";
import { formInput } from "./form-input";

describe("formInput", () => {
  it("passes a form through as it is", () => {
    const form = new FormData();
    form.append("body", "hello");
    expect(formInput(form)).toBe(form);
  });

  // Found by the fuzz (lib/security/fuzz/actions.fuzz.test.ts): a scripted
  // call such as `Next-Action: <id>` with the body `[]` reached every action
  // with formData undefined, and the first formData.get() threw (a 500).
  it("reads anything else as an empty form", () => {
    for (const value of [undefined, null, "body=x", 7, {}, { get: () => "x" }, [], new URLSearchParams("body=x")]) {
      const form = formInput(value);
      expect(form).toBeInstanceOf(FormData);
      expect([...form.keys()]).toEqual([]);
    }
  });
});
