import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Exchange } from "./fixture";

/**
 * A local HTTP proxy in front of the real API that keeps every request and its answer, for fixtures the replay
 * test can run against the emulator. The provider is pointed at it through telnyx:baseUrl; it adds nothing.
 */
export class Recorder {
  readonly exchanges: Exchange[] = [];
  private server?: Server;

  constructor(private readonly target: string) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.forward(req).then(
        ({ status, headers, text }) => {
          res.writeHead(status, headers);
          res.end(text);
        },
        (err: Error) => {
          res.writeHead(502, { "content-type": "application/json" });
          res.end(JSON.stringify({ errors: [{ code: "recorder", title: "Recorder could not reach the API", detail: err.message }] }));
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async forward(req: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; text: string }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://recorder");
    const headers: Record<string, string> = {};
    for (const name of ["authorization", "content-type", "accept", "user-agent"]) {
      const value = req.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    const answer = await fetch(this.target.replace(/\/$/, "") + url.pathname + url.search, {
      method: req.method,
      headers,
      body: body === "" ? undefined : body,
    });
    const text = await answer.text();
    this.exchanges.push({
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.search,
      requestBody: parseJson(body),
      status: answer.status,
      responseBody: parseJson(text),
    });
    return { status: answer.status, headers: { "content-type": answer.headers.get("content-type") ?? "application/json" }, text };
  }
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
