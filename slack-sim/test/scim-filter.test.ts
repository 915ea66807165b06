import { describe, expect, it } from "vitest";
import type { FilterError } from "../scim/scim-filter";
import { matchesFilter, parseFilter } from "../scim/scim-filter";

const user = { username: ["Carly.Fiorina"], email: ["carly@example.com"], restricted: ["0"] } as Record<string, string[]>;
const matches = (text: string) => matchesFilter(parseFilter(text), (a) => user[a] ?? null);

describe("SCIM filter", () => {
  it("compares case-insensitively, with Slack's operators and logic", () => {
    expect(matches('userName Eq "carly.fiorina"')).toBe(true);
    expect(matches('username eq "CARLY.FIORINA"')).toBe(true);
    expect(matches('email sw "carly@"')).toBe(true);
    expect(matches('email co "example"')).toBe(true);
    expect(matches("restricted eq '1'")).toBe(false);
    expect(matches('userName eq "x" or (email eq "carly@example.com" and restricted eq "0")')).toBe(true);
    expect(matches("email pr")).toBe(true);
  });

  it("reports Slack's filter errors", () => {
    const code = (text: string) => {
      try {
        matches(text);
        return "ok";
      } catch (e) {
        return (e as FilterError).code;
      }
    };
    expect(code("")).toBe("no_filters");
    expect(code("userName eq")).toBe("incomplete_filter");
    expect(code('userName like "x"')).toBe("invalid_query");
    expect(code('(userName eq "x"')).toBe("invalid_filter_group");
    expect(code('shoe eq "x"')).toBe("invalid_query");
  });
});
