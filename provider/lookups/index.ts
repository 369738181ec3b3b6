export * from "./active-calls";
export * from "./connections";
export * from "./registration";
export type { LookupOptions } from "./clients";
export type { InputArgs } from "./inputs";
export type { RegistrationState, RegistrationStatusResult } from "./registration-state";
