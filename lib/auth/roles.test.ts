import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("hasRole", () => {
  it("orders admin > source_admin > viewer", () => {
    expect(hasRole("admin", "admin")).toBe(true);
    expect(hasRole("admin", "viewer")).toBe(true);
    expect(hasRole("source_admin", "admin")).toBe(false);
    expect(hasRole("source_admin", "source_admin")).toBe(true);
    expect(hasRole("viewer", "source_admin")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
  });
});
