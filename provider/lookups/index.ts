export * from "./active-calls";
export * from "./connections";
export * from "./registration";
export type { RegistrationState, RegistrationStatusResult } from "./registration-state";
