// Names of the generated declarations: valid, unreserved identifiers, unique as resource names and as variables.
import { describe, expect, it } from "vitest";
import { identifier, Namer, slug } from "../../cli/export/names";

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
