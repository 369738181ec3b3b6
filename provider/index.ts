export * from "./account";
export * from "./resources";
export * from "./lookups";
export * from "./components";
export { resolvePendingCreate, type PendingCreate, type PendingCreateOutcome } from "./recovery";
export { outputsAsApi } from "./stored-outputs";
export { kindOf } from "./core/type-token";
export { extraCodec, documentedCodecs, type Codec, type DocumentedCodec, type ExtraCodec } from "../sdk/schemas/codecs";
