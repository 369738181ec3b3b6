/** What the API saw, for tests asserting on retries and call counts. Control calls are not logged. */
export interface LogEntry {
  method: string;
  path: string;
  query: string;
  /** null when the connection was dropped and no response was sent. */
  status: number | null;
  at: string;
  fault?: string;
}

export class RequestLog {
  entries: LogEntry[] = [];

  add(entry: LogEntry): void {
    this.entries.push(entry);
  }

  clear(): number {
    const n = this.entries.length;
    this.entries = [];
    return n;
  }
}
