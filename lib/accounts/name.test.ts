import { describe, expect, it } from "vitest";
import { accountName } from "./name";

describe("accountName", () => {
  it("prefers the display name, then real name, user name and id, skipping empty strings", () => {
    expect(accountName({ displayName: "Ada", realName: "Ada L", userName: "ada", nativeId: "U1" })).toBe("Ada");
    expect(accountName({ displayName: "", realName: "Ada L", userName: "ada", nativeId: "U1" })).toBe("Ada L");
    expect(accountName({ displayName: null, realName: null, userName: "ada", nativeId: "U1" })).toBe("ada");
    expect(accountName({ displayName: null, realName: "", userName: null, nativeId: "U1" })).toBe("U1");
  });
});
