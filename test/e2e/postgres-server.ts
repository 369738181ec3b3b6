// A throwaway PostgreSQL server for the shared-backend tests: its own cluster in a temporary folder, on a free port of
// 127.0.0.1, started and stopped by the test (no system service). Root runs it as the `postgres` user, since
// PostgreSQL refuses to run as root.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./pulumi";

const USER = "pulumi";
const PASSWORD = "pg-state-test-password";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** uid/gid to run the server as: the `postgres` user when we are root, else ourselves. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

export class PostgresServer {
  private child?: ChildProcess;
  private log = "";

  private constructor(
    private readonly bin: string,
    private readonly dataDir: string,
    readonly port: number,
    private readonly user: { uid?: number; gid?: number },
  ) {}

  /** Installs PostgreSQL when missing (scripts/postgres.sh), creates a cluster and starts it. */
  static async start(): Promise<PostgresServer> {
    const bin = execFileSync("bash", [path.join(repoRoot, "scripts/postgres.sh")], { encoding: "utf8" }).trim();
    const user = runAs();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-pg-"));
    const pwFile = path.join(dataDir, "pw");
    fs.writeFileSync(pwFile, PASSWORD);
    if (user.uid !== undefined) for (const p of [dataDir, pwFile]) fs.chownSync(p, user.uid, user.gid!);
    const cluster = path.join(dataDir, "cluster");
    const init = spawnSync(
      path.join(bin, "initdb"),
      ["-D", cluster, "-U", USER, `--pwfile=${pwFile}`, "--auth=scram-sha-256", "--no-sync", "-E", "UTF8"],
      { ...user, encoding: "utf8", cwd: dataDir },
    );
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
    const server = new PostgresServer(bin, dataDir, await freePort(), user);
    await server.resume();
    return server;
  }

  /** The backend URL, as a team would keep it in a CI secret. */
  get url(): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/postgres?sslmode=disable`;
  }
  get password(): string {
    return PASSWORD;
  }

  /** Starts the server on its cluster (again, after stop()) and waits until it accepts connections. */
  async resume(): Promise<void> {
    const args = ["-D", path.join(this.dataDir, "cluster"), "-p", String(this.port), "-k", this.dataDir,
      "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"];
    this.child = spawn(path.join(this.bin, "postgres"), args, { ...this.user, cwd: this.dataDir, stdio: ["ignore", "pipe", "pipe"] });
    this.child.stdout!.on("data", (d) => (this.log += d));
    this.child.stderr!.on("data", (d) => (this.log += d));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`postgres exited at start:\n${this.log}`);
      const ready = spawnSync(path.join(this.bin, "pg_isready"), ["-h", "127.0.0.1", "-p", String(this.port)]);
      if (ready.status === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`postgres did not accept connections within 60 s:\n${this.log}`);
  }

  /** Fast shutdown (SIGINT): open connections are cut, as when a database host restarts. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGINT");
    await exited;
  }

  /** One SQL statement through psql; rows as lines, columns separated by "|". */
  query(sql: string): string {
    const r = spawnSync(path.join(this.bin, "psql"), [this.url, "-At", "-c", sql], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
    return r.stdout.trim();
  }

  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
