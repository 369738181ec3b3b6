// Names of the generated declarations: valid, unreserved identifiers, unique as resource names and as variables.
import { describe, expect, it } from "vitest";
import { identifier, Namer, slug, withoutAutoNameSuffix } from "../../cli/export/names";

describe("names", () => {
  it("slugs any text to lower-case letters, digits and single hyphens", () => {
    expect(slug("  Office PBX (Berlin) ")).toBe("office-pbx-berlin");
    expect(slug("Ünïcode только")).toBe("n-code");
    expect(slug("***")).toBe("");
    expect(slug("x".repeat(60))).toHaveLength(48);
  });

  it("makes identifiers that TypeScript accepts at a module's top level", () => {
    expect(identifier("office-pbx")).toBe("officePbx");
    expect(identifier("1st-carrier")).toBe("_1stCarrier");
    for (const word of ["default", "new", "require", "exports"]) expect(identifier(word)).toBe(`_${word}`);
  });

  it("drops the default auto-name suffix of a deployed stack's objects, and nothing else", () => {
    expect(withoutAutoNameSuffix("office-pbx-11b9442")).toBe("office-pbx");
    expect(withoutAutoNameSuffix("office-pbx")).toBe("office-pbx");
    // Not a suffix of seven lower-case hex digits: kept.
    for (const name of ["pbx-11B9442", "pbx-11b944", "pbx-11b94421", "pbx11b9442", "-11b9442"]) expect(withoutAutoNameSuffix(name)).toBe(name);
  });

  it("never hands out a name twice, nor one the program itself defines", () => {
    const namer = new Namer();
    expect(namer.name("Office PBX", "connection")).toEqual({ resource: "office-pbx", variable: "officePbx" });
    expect(namer.name("office pbx", "connection")).toEqual({ resource: "office-pbx-2", variable: "officePbx2" });
    // "a-1" and "a1" are different resource names but the same variable.
    expect(namer.name("a1", "x").variable).toBe("a1");
    expect(namer.name("a-1", "x")).toEqual({ resource: "a-1-2", variable: "a12" });
    expect(namer.name("config", "x")).toEqual({ resource: "config-2", variable: "config2" });
    expect(namer.name("", "profile")).toEqual({ resource: "profile", variable: "profile" });
  });
});
