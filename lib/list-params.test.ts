import { describe, expect, it } from "vitest";
import { likePattern, listParamsSchema } from "./list-params";

describe("listParamsSchema", () => {
  const schema = listParamsSchema(["name", "email"] as const, "name");
  it("falls back to defaults on garbage", () => {
    expect(schema.parse({ sort: "'; drop table", dir: "sideways", page: "-3", pageSize: "9999" })).toEqual({
      q: "",
      sort: "name",
      dir: "asc",
      page: 1,
      pageSize: 50,
    });
  });
  it("keeps valid values", () => {
    expect(schema.parse({ q: " ann ", sort: "email", dir: "desc", page: "3", pageSize: "25" })).toEqual({ q: "ann", sort: "email", dir: "desc", page: 3, pageSize: 25 });
  });
});

describe("likePattern", () => {
  it("escapes wildcards", () => {
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
