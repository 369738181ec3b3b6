// One URL in front of several emulators, each an account: a request goes to the emulator whose key it carries, as
// the real API serves every account at https://api.telnyx.com/v2. What a key of another account at the same URL sees.
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export class AccountRouter {
  private constructor(private readonly server: http.Server) {}

  /** `accounts`: each API key and the emulator URL of its account. */
  static async start(accounts: Record<string, string>): Promise<AccountRouter> {
    const server = http.createServer((req, res) => {
      const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
      const upstream = accounts[key];
      if (!upstream) return void res.writeHead(401, { "content-type": "application/json" }).end('{"errors":[{"code":"10009","title":"Authentication failed"}]}');
      const target = new URL(upstream);
      const forward = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      forward.on("error", () => res.writeHead(502).end());
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return new AccountRouter(server);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v2`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
