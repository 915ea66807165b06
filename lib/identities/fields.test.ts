import { describe, expect, it } from "vitest";
import { identityInputSchema, normalizeEmail } from "@/lib/identities/fields";

function issuesOf(values: unknown): Record<string, string> {
  const result = identityInputSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("identityInputSchema", () => {
  it("trims, drops blank optional fields and defaults the lifecycle state", () => {
    const parsed = identityInputSchema.parse({
      name: "  Ada Lovelace ",
      email: " Ada@Example.com ",
      employeeId: "",
      department: "  ",
      title: " Engineer ",
      managerEmail: "",
      lifecycleState: "",
      attributes: { " Cost Center ": " CC-1 ", Empty: "  " },
    });
    expect(parsed).toEqual({
      name: "Ada Lovelace",
      email: "Ada@Example.com",
      title: "Engineer",
      lifecycleState: "active",
      attributes: { "Cost Center": "CC-1" },
    });
  });

  it("defaults attributes to an empty object and accepts a capitalised lifecycle state", () => {
    expect(identityInputSchema.parse({ name: "A", email: "a@x.io", lifecycleState: "Leaver" })).toEqual({
      name: "A",
      email: "a@x.io",
      lifecycleState: "leaver",
      attributes: {},
    });
  });

  it("reports each invalid field with a readable message", () => {
    expect(
      issuesOf({
        name: " ",
        email: "not-an-email",
        employeeId: "x".repeat(65),
        department: "d".repeat(129),
        title: "t".repeat(129),
        managerEmail: "boss@",
        lifecycleState: "retired",
      }),
    ).toEqual({
      name: "Name is required",
      email: '"not-an-email" is not a valid email address',
      employeeId: "Employee ID must be at most 64 characters",
      department: "Department must be at most 128 characters",
      title: "Title must be at most 128 characters",
      managerEmail: '"boss@" is not a valid email address',
      lifecycleState: '"retired" is not a lifecycle state. Use one of: active, inactive, leaver, prehire',
    });
  });

  it("requires name and email", () => {
    expect(issuesOf({ name: "", email: "" })).toEqual({ name: "Name is required", email: "Email is required" });
    expect(issuesOf({})).toEqual({ name: "Name is required", email: "Email is required" });
  });

  it("explains bad attribute names and values", () => {
    expect(issuesOf({ name: "A", email: "a@x.io", attributes: { " ": "x", ["k".repeat(129)]: "v", notes: "n".repeat(2001) } })).toEqual({
      "attributes. ": "Attribute names can't be empty",
      [`attributes.${"k".repeat(129)}`]: "Attribute name must be at most 128 characters",
      "attributes.notes": "Attribute value must be at most 2000 characters",
    });
  });

  it("limits name to 200 characters after trimming", () => {
    expect(issuesOf({ name: ` ${"n".repeat(200)} `, email: "a@x.io" })).toEqual({});
    expect(issuesOf({ name: "n".repeat(201), email: "a@x.io" })).toEqual({ name: "Name must be at most 200 characters" });
  });
});

describe("normalizeEmail", () => {
  it("trims and lowercases", () => {
    expect(normalizeEmail("  Ada@Example.COM ")).toBe("ada@example.com");
  });
});
