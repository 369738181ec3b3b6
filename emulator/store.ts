import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { numericId } from "./ids";

/** A stored resource exactly as the emulator keeps it, secrets included. */
export type Rec = Record<string, any>;

export const COLLECTIONS = [
  "credential_connections",
  "ip_connections",
  "fqdn_connections",
  "uac_connections",
  "ips",
  "fqdns",
  "outbound_voice_profiles",
  "access_ip_ranges",
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export const CONNECTION_COLLECTIONS = [
  "credential_connections",
  "ip_connections",
  "fqdn_connections",
  "uac_connections",
] as const satisfies readonly CollectionName[];

export function isCollection(name: string): name is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(name);
}

interface Snapshot {
  collections: Record<string, Rec[]>;
  registrations: Record<string, Rec>;
  telzino: Record<string, Rec>;
}

/**
 * In-memory collections (insertion-ordered Maps) plus the registration and Telzino
 * state, optionally mirrored to a JSON file so data survives a restart.
 */
export class Store {
  private collections = emptyCollections();
  registrations: Record<string, Rec> = {};
  telzino: Record<string, Rec> = {};
  private dirty = false;

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) this.restore(JSON.parse(readFileSync(file, "utf8")) as Snapshot);
  }

  all(collection: CollectionName): Rec[] {
    return [...this.collections[collection].values()];
  }

  get(collection: CollectionName, id: string): Rec | undefined {
    return this.collections[collection].get(id);
  }

  put(collection: CollectionName, rec: Rec): Rec {
    this.collections[collection].set(String(rec.id), rec);
    this.touch();
    return rec;
  }

  remove(collection: CollectionName, id: string): Rec | undefined {
    const rec = this.collections[collection].get(id);
    if (rec) {
      this.collections[collection].delete(id);
      this.touch();
    }
    return rec;
  }

  /** Connection ids are shared by all four connection types (see GET /connections/{id}). */
  findConnection(id: string): { collection: CollectionName; rec: Rec } | undefined {
    for (const collection of CONNECTION_COLLECTIONS) {
      const rec = this.get(collection, id);
      if (rec) return { collection, rec };
    }
    return undefined;
  }

  allConnections(): Rec[] {
    return CONNECTION_COLLECTIONS.flatMap((c) => this.all(c));
  }

  /** A numeric id not used by any collection (they share one id space in Telnyx). */
  newNumericId(): string {
    for (;;) {
      const id = numericId();
      if (!COLLECTIONS.some((c) => this.collections[c].has(id))) return id;
    }
  }

  /** Mark the state changed; callers that mutate registrations/telzino directly call this. */
  touch(): void {
    this.dirty = true;
  }

  reset(): void {
    this.collections = emptyCollections();
    this.registrations = {};
    this.telzino = {};
    this.touch();
  }

  snapshot(): Snapshot {
    const collections: Record<string, Rec[]> = {};
    for (const c of COLLECTIONS) collections[c] = this.all(c);
    return { collections, registrations: this.registrations, telzino: this.telzino };
  }

  /** Write the state file if anything changed: temp file + rename so a crash never leaves half a file. */
  flush(force = false): void {
    if (!this.file || (!this.dirty && !force)) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    // Owner-only: the state holds every password in clear. A fresh file ("wx"), so the mode applies and a file or
    // link someone else left under that name is never written through.
    rmSync(tmp, { force: true });
    writeFileSync(tmp, JSON.stringify(this.snapshot(), null, 2), { mode: 0o600, flag: "wx" });
    renameSync(tmp, this.file);
    this.dirty = false;
  }

  private restore(snap: Snapshot): void {
    for (const c of COLLECTIONS) {
      for (const rec of snap.collections?.[c] ?? []) this.collections[c].set(String(rec.id), rec);
    }
    this.registrations = snap.registrations ?? {};
    this.telzino = snap.telzino ?? {};
  }
}

function emptyCollections(): Record<CollectionName, Map<string, Rec>> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, Rec>()])) as Record<
    CollectionName,
    Map<string, Rec>
  >;
}
