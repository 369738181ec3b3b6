export * from "./account";
export * from "./resources";
export * from "./lookups";
export * from "./components";
