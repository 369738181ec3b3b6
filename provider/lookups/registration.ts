import * as pulumi from "@pulumi/pulumi";
import type { SipCredentialType } from "../../sdk/schemas/registration";
import { fromApi } from "../core/casing";
import { LookupOptions, lookupOutput, programTelnyx, programTelzino } from "./clients";
import type { InputArgs } from "./inputs";
import { reported } from "./reported";
import {
  fromCheckStatus, fromSipRegistrationStatus, fromTelzinoState, RegistrationState, RegistrationStatusResult,
} from "./registration-state";

export interface RegistrationStatusArgs {
  /** A credential connection: Telnyx's check_registration_status action. */
  credentialConnectionId?: string;
  /** A UAC connection (Telnyx registering to your PBX): its check_registration_status action. */
  uacConnectionId?: string;
  /** The unified GET /sip_registration_status endpoint. */
  sipRegistration?: { credentialType: SipCredentialType; connectionId?: string; username?: string; userId?: string };
  /** A Telzino agent (needs `telzino:accessToken`). */
  telzinoAgentId?: string;
  /** Poll until registered; `pulumi up` fails with the last state if it does not register in time. */
  waitUntilRegistered?: { timeoutSeconds?: number; intervalSeconds?: number };
}

type Source = RegistrationStatusResult["source"];

function sourceOf(args: RegistrationStatusArgs): Source {
  const given = (
    [
      ["credentialConnection", args.credentialConnectionId],
      ["uacConnection", args.uacConnectionId],
      ["sipRegistrationStatus", args.sipRegistration],
      ["telzinoAgent", args.telzinoAgentId],
    ] as const
  ).filter(([, v]) => v !== undefined);
  if (given.length !== 1) {
    throw new Error(
      "give exactly one of credentialConnectionId, uacConnectionId, sipRegistration, telzinoAgentId",
    );
  }
  return given[0][0];
}

const result = (source: Source, state: RegistrationState, lastResponse: string | null | undefined, raw: object) => ({
  source,
  registered: state === "registered",
  state,
  lastResponse: lastResponse ?? undefined,
  details: fromApi(raw) as Record<string, unknown>,
});

async function lookUp(source: Source, args: RegistrationStatusArgs, opts?: LookupOptions): Promise<RegistrationStatusResult> {
  switch (source) {
    case "credentialConnection":
    case "uacConnection": {
      const type = source === "credentialConnection" ? "credential" : "uac";
      const id = (args.credentialConnectionId ?? args.uacConnectionId)!;
      const r = await (await programTelnyx(opts)).checkRegistrationStatus(type, id);
      return result(source, fromCheckStatus(r.status), r.status, r);
    }
    case "sipRegistrationStatus": {
      const r = await (await programTelnyx(opts)).sipRegistrationStatus(args.sipRegistration!);
      return result(source, fromSipRegistrationStatus(r.sip_registration_status, r.registered), r.last_registration_response, r);
    }
    case "telzinoAgent": {
      const r = await programTelzino().agentRegistrationStatus(args.telzinoAgentId!);
      return result(source, fromTelzinoState(r.state), r.errorMessage, r);
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The registration state of a SIP endpoint, in one shape whatever reports it; optionally waits until registered. */
export function getRegistrationStatus(args: RegistrationStatusArgs, opts?: LookupOptions): Promise<RegistrationStatusResult> {
  return reported("getRegistrationStatus", () => statusOf(args, opts));
}

async function statusOf(args: RegistrationStatusArgs, opts?: LookupOptions): Promise<RegistrationStatusResult> {
  const source = sourceOf(args);
  const wait = args.waitUntilRegistered;
  let status = await lookUp(source, args, opts);
  if (!wait || pulumi.runtime.isDryRun()) return status;
  const deadline = Date.now() + (wait.timeoutSeconds ?? 300) * 1000;
  while (!status.registered) {
    if (Date.now() >= deadline) {
      const which = args.credentialConnectionId ?? args.uacConnectionId ?? args.telzinoAgentId ?? "the endpoint";
      throw new Error(
        `${source} ${which} did not register within ${wait.timeoutSeconds ?? 300}s: last state "${status.state}"` +
          (status.lastResponse ? ` (${status.lastResponse})` : "") +
          ". Check the PBX's credentials and reachability, or raise waitUntilRegistered.timeoutSeconds.",
      );
    }
    await sleep((wait.intervalSeconds ?? 5) * 1000);
    status = await lookUp(source, args, opts);
  }
  return status;
}

/** getRegistrationStatus for Pulumi Inputs, nested ones included, e.g. a connection's `id`: runs once they are known. */
export function getRegistrationStatusOutput(
  args: InputArgs<RegistrationStatusArgs>,
  opts?: LookupOptions,
): pulumi.Output<RegistrationStatusResult> {
  return lookupOutput(args, opts, getRegistrationStatus);
}
