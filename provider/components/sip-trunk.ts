import * as pulumi from "@pulumi/pulumi";
import {
  CredentialConnection,
  CredentialConnectionArgs,
  Fqdn,
  FqdnArgs,
  FqdnConnection,
  FqdnConnectionArgs,
  Ip,
  IpArgs,
  IpConnection,
  IpConnectionArgs,
  OutboundVoiceProfile,
  OutboundVoiceProfileArgs,
} from "../resources";

/** Wideband first, then the two G.711 laws every carrier speaks. */
const DEFAULT_TRUNK_CODECS = ["G722", "G711U", "G711A"];
/** Where a trunk's own outbound voice profile may call unless told otherwise. */
const DEFAULT_TRUNK_DESTINATIONS = ["US", "CA"];

/** An object argument given as a plain object (its fields may still be Inputs), so the component can add to it. */
type Plain<T> = Exclude<NonNullable<T>, Promise<unknown> | pulumi.OutputInstance<unknown>>;

/**
 * A connection's settings minus what the trunk sets itself: the outbound voice profile, and the keys in `Set`.
 * `inbound` and `outbound` are plain objects here; codecs and routing method default as documented on `SipTrunk`.
 */
export type TrunkConnectionSettings<A extends { inbound?: unknown; outbound?: unknown }, Set extends keyof A = never> =
  Omit<A, "inbound" | "outbound" | Set> & {
    inbound?: Plain<A["inbound"]>;
    outbound?: Omit<Plain<A["outbound"]>, "outboundVoiceProfileId">;
  };

interface TrunkCommonArgs {
  /** Settings for the trunk's own outbound voice profile (the default), or `{ id }` of an existing profile to use. */
  outboundVoiceProfile?: OutboundVoiceProfileArgs | { id: pulumi.Input<string> };
}

/** Your PBX registers to Telnyx with `userName` and `password`. */
export interface CredentialTrunkArgs extends TrunkCommonArgs {
  kind: "credential";
  userName: pulumi.Input<string>;
  password: pulumi.Input<string>;
  connection?: TrunkConnectionSettings<CredentialConnectionArgs, "userName" | "password">;
}

/** Telnyx authenticates your PBX by source address: one `Ip` per entry of `ips`. */
export interface IpTrunkArgs extends TrunkCommonArgs {
  kind: "ip";
  ips: Omit<IpArgs, "connectionId">[];
  connection?: TrunkConnectionSettings<IpConnectionArgs>;
}

/** Telnyx reaches your SIP endpoint by hostname: one `Fqdn` per entry of `fqdns`. */
export interface FqdnTrunkArgs extends TrunkCommonArgs {
  kind: "fqdn";
  fqdns: Omit<FqdnArgs, "connectionId">[];
  connection?: TrunkConnectionSettings<FqdnConnectionArgs>;
}

/**
 * A child named by its address (`office-ip-192.0.2.10`, `office-ip-192.0.2.10-5080`), so removing one address deletes
 * exactly that one. An address given as an Output is not known yet: that child is named by its position instead.
 */
function childName(trunk: string, kind: string, index: number, key: unknown[]): string {
  const [address, port] = key;
  if (typeof address !== "string") return `${trunk}-${kind}-${index + 1}`;
  // "::" separates a URN's parts, so IPv6 colons become hyphens.
  const id = address.toLowerCase().replace(/\.$/, "").replace(/:/g, "-");
  return `${trunk}-${kind}-${id}${typeof port === "number" ? `-${port}` : ""}`;
}

export type SipTrunkArgs = CredentialTrunkArgs | IpTrunkArgs | FqdnTrunkArgs;

/**
 * A whole SIP trunk in one resource: the connection, its outbound voice profile, and its IPs or FQDNs.
 * Defaults: codecs G722, G711U, G711A; round-robin routing when there are several IPs or FQDNs; a new outbound voice
 * profile allowed to call the US and Canada unless `outboundVoiceProfile` says otherwise.
 */
export class SipTrunk extends pulumi.ComponentResource {
  readonly connection: CredentialConnection | IpConnection | FqdnConnection;
  /** The profile this trunk created; undefined when it uses an existing one. */
  readonly outboundVoiceProfile?: OutboundVoiceProfile;
  readonly ips: Ip[] = [];
  readonly fqdns: Fqdn[] = [];
  readonly connectionId: pulumi.Output<string>;
  readonly outboundVoiceProfileId: pulumi.Output<string>;

  constructor(name: string, args: SipTrunkArgs, opts?: pulumi.ComponentResourceOptions) {
    super("telnyx:index:SipTrunk", name, {}, opts);
    const child = { parent: this };
    // Earlier versions named addresses by position; the alias keeps an unchanged list from being replaced on upgrade.
    const childOpts = (trunk: string, kind: string, i: number) => ({ ...child, aliases: [{ name: `${trunk}-${kind}-${i + 1}` }] });

    const profile = args.outboundVoiceProfile ?? {};
    if ("id" in profile) {
      this.outboundVoiceProfileId = pulumi.output(profile.id);
    } else {
      this.outboundVoiceProfile = new OutboundVoiceProfile(
        `${name}-profile`,
        { whitelistedDestinations: DEFAULT_TRUNK_DESTINATIONS, ...profile },
        child,
      );
      this.outboundVoiceProfileId = this.outboundVoiceProfile.id;
    }

    const endpoints = args.kind === "ip" ? args.ips.length : args.kind === "fqdn" ? args.fqdns.length : 0;
    const settings = <A extends { inbound?: object; outbound?: object }>(connection: A = {} as A) => ({
      ...connection,
      inbound: {
        codecs: DEFAULT_TRUNK_CODECS,
        ...(endpoints > 1 ? { defaultRoutingMethod: "round-robin" as const } : {}),
        ...connection.inbound,
      },
      outbound: { ...connection.outbound, outboundVoiceProfileId: this.outboundVoiceProfileId },
    });

    switch (args.kind) {
      case "credential":
        this.connection = new CredentialConnection(
          name,
          { ...settings(args.connection), userName: args.userName, password: args.password },
          child,
        );
        break;
      case "ip": {
        const connection = new IpConnection(name, settings(args.connection), child);
        this.connection = connection;
        this.ips = args.ips.map(
          (ip, i) => new Ip(childName(name, "ip", i, [ip.ipAddress, ip.port]), { ...ip, connectionId: connection.id }, childOpts(name, "ip", i)),
        );
        break;
      }
      case "fqdn": {
        const connection = new FqdnConnection(name, settings(args.connection), child);
        this.connection = connection;
        this.fqdns = args.fqdns.map(
          (fqdn, i) => new Fqdn(childName(name, "fqdn", i, [fqdn.fqdn, fqdn.port]), { ...fqdn, connectionId: connection.id }, childOpts(name, "fqdn", i)),
        );
        break;
      }
    }
    this.connectionId = this.connection.id;
    this.registerOutputs({ connectionId: this.connectionId, outboundVoiceProfileId: this.outboundVoiceProfileId });
  }
}
