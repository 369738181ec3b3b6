import { z } from "zod";
import type { ResourceSpec } from "../resource-spec";
import { routes } from "../routes";
import { describe } from "../schema-meta";
import {
  computedShape, connectionCommonShape, conversationPersistence, connectionPassword, connectionUserName, sipUriCallingPreference,
  texmlNeedsCallParking, webhookApiVersionWithTexml, connectionResource,
} from "./connection-common";
import { nonEmpty } from "./formats";
import { credentialInbound } from "./inbound";
import { lenient } from "./lenient";
import { credentialOutbound } from "./outbound";
import { connectionDefaults } from "./connection-defaults";

/* §3: a SIP trunk whose PBX registers to Telnyx with user_name/password. */

const fieldsShape = {
  ...connectionCommonShape,
  connection_name: describe(nonEmpty(), "Connection name."),
  user_name: connectionUserName,
  password: connectionPassword,
  sip_uri_calling_preference: sipUriCallingPreference,
  conversation_persistence: conversationPersistence,
  webhook_api_version: webhookApiVersionWithTexml,
  inbound: describe(credentialInbound.optional(), "Inbound call settings."),
  outbound: describe(credentialOutbound.optional(), "Outbound call settings."),
};

export const credentialConnection = {
  ...routes.credentialConnection,
  recordType: "credential_connection",
  fields: z.strictObject(fieldsShape).superRefine(texmlNeedsCallParking),
  response: lenient(z.object({ ...fieldsShape, ...computedShape })),
  ...connectionResource,
  defaults: connectionDefaults("credential"),
  uniqueKey: "user_name",
} satisfies ResourceSpec;

export type CredentialConnection = z.infer<typeof credentialConnection.response>;
export type CredentialConnectionCreate = z.input<typeof credentialConnection.fields>;
