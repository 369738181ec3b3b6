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
  /** A trunk your PBX registers to. */
  kind: "credential";
  /** SIP user name the PBX registers with: 4-32 letters or digits, a letter among the first 5 (unique per account). */
  userName: pulumi.Input<string>;
  /** SIP password, 8-128 characters; pass a secret (`config.requireSecret(...)`). */
  password: pulumi.Input<string>;
  /** More settings of the `CredentialConnection` (see its section), except those the trunk sets. */
  connection?: TrunkConnectionSettings<CredentialConnectionArgs, "userName" | "password">;
}

/** Telnyx authenticates your PBX by source address: one `Ip` per entry of `ips`. */
export interface IpTrunkArgs extends TrunkCommonArgs {
  /** A trunk Telnyx authenticates by source IP. */
  kind: "ip";
  /** Your PBX's addresses, each an `Ip` (see its section) without `connectionId`; round-robin when several. */
  ips: Omit<IpArgs, "connectionId">[];
  /** More settings of the `IpConnection` (see its section). */
  connection?: TrunkConnectionSettings<IpConnectionArgs>;
}

/** Telnyx reaches your SIP endpoint by hostname: one `Fqdn` per entry of `fqdns`. */
export interface FqdnTrunkArgs extends TrunkCommonArgs {
  /** A trunk Telnyx reaches by hostname. */
  kind: "fqdn";
  /** Your SIP endpoint's hostnames, each an `Fqdn` (see its section) without `connectionId`; round-robin when several. */
  fqdns: Omit<FqdnArgs, "connectionId">[];
  /** More settings of the `FqdnConnection` (see its section). */
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
 * Defaults: codecs G722, G711U, G711A; round-robin routing when there are several IPs or FQDNs; inbound calls to a SIP
 * subdomain from the trunk's own connections only (`sipSubdomainReceiveSettings: "only_my_connections"`, IP and FQDN
 * kinds); a new outbound voice profile allowed to call the US and Canada unless `outboundVoiceProfile` says otherwise.
 */
export class SipTrunk extends pulumi.ComponentResource {
  /** The trunk's connection, of the kind's type, named like the trunk. */
  readonly connection: CredentialConnection | IpConnection | FqdnConnection;
  /** The profile this trunk created; undefined when it uses an existing one. */
  readonly outboundVoiceProfile?: OutboundVoiceProfile;
  /** The `Ip` of each entry of `ips` (kind ip), named `<trunk>-ip-<address>[-<port>]`. */
  readonly ips: Ip[] = [];
  /** The `Fqdn` of each entry of `fqdns` (kind fqdn), named `<trunk>-fqdn-<hostname>[-<port>]`. */
  readonly fqdns: Fqdn[] = [];
  /** The connection's id. */
  readonly connectionId: pulumi.Output<string>;
  /** The id of the profile the connection's outbound calls use. */
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
        // Telnyx's default, from_anyone, lets any address call a SIP subdomain once one is set: a trunk takes calls
        // from its own endpoints only, as the policy pack requires of an IP connection, unless told otherwise.
        ...(args.kind !== "credential" ? { sipSubdomainReceiveSettings: "only_my_connections" as const } : {}),
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
