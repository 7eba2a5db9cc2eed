import { describe, expect, it } from "vitest";
import { fieldsFromProfile, invalidProfile, readProfileForm } from "./form";
import { profileFormSchema } from "./schema";

function formData(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("readProfileForm", () => {
  it("reads checkbox groups with getAll, ticked boxes as true, and nothing it does not know", () => {
    const fields = readProfileForm(
      formData([
        ["headline", "Hi"],
        ["languages", "English"],
        ["languages", "French"],
        ["offerMentoring", "on"],
        ["userId", "1"],
      ]),
    );
    expect(fields).toMatchObject({ headline: "Hi", bio: "", languages: ["English", "French"], topics: [], offerMentoring: true, acceptingMentees: false });
    expect(fields).not.toHaveProperty("userId");
  });

  it("treats a file where text is expected as empty", () => {
    const data = new FormData();
    data.append("headline", new Blob(["x"]), "x.txt");
    data.append("topics", new Blob(["x"]), "x.txt");
    expect(readProfileForm(data)).toMatchObject({ headline: "", topics: [] });
  });
});

describe("invalidProfile", () => {
  it("keeps what was typed and names the fields in the form's order", () => {
    const fields = readProfileForm(formData([["headline", "x".repeat(121)], ["timezone", "Nowhere"], ["goals", "ab"]]));
    const result = profileFormSchema.safeParse(fields);
    expect(result.success).toBe(false);
    const state = invalidProfile(result.error!, fields);
    expect(state.status).toBe("error");
    expect(state.message).toBe("Please correct the fields marked below: Headline, Time zone, Your goals.");
    expect(state.fieldErrors?.headline).toEqual(["Use at most 120 characters."]);
    expect(state.fields.headline).toBe("x".repeat(121));
  });
});

describe("fieldsFromProfile", () => {
  it("turns a stored profile back into form values", () => {
    const fields = fieldsFromProfile({
      headline: "",
      bio: "",
      timezone: "UTC",
      languages: [],
      topics: [],
      mentorPublished: true,
      expertise: ["Design"],
      yearsExperience: 0,
      formats: ["chat"],
      hoursPerMonth: 4,
      capacity: null,
      acceptingMentees: true,
      goals: ["One", "Two"],
      level: null,
      preferredLanguages: [],
      preferredTimezone: null,
    });
    expect(fields).toMatchObject({ offerMentoring: true, yearsExperience: "0", hoursPerMonth: "4", capacity: "", goals: "One\nTwo", level: "", preferredTimezone: "" });
  });
});
