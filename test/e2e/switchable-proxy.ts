// A local HTTP proxy in front of the emulator that can be switched to answer 404 for everything, as a misrouted
// gateway or a proxy in front of the wrong upstream would: the case where a 404 says nothing about the object.
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export class SwitchableProxy {
  notFound = false;
  private constructor(private readonly server: http.Server) {}

  static async start(upstream: string): Promise<SwitchableProxy> {
    const target = new URL(upstream);
    let proxy: SwitchableProxy | undefined;
    const server = http.createServer((req, res) => {
      if (proxy?.notFound) {
        res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not Found</h1>");
        return;
      }
      const forward = http.request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      forward.on("error", () => res.writeHead(502).end());
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    proxy = new SwitchableProxy(server);
    return proxy;
  }

  /** The proxy's base URL for the Telnyx v2 API. */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v2`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
