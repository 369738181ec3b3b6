import { redact, scrub as scrubText, secretValues } from "../../sdk/redact";
import { redactionKeys } from "../../sdk/redaction-keys";

/** One recorded request and its answer; paths are relative to the API base (no /v2). */
export interface Exchange {
  method: string;
  path: string;
  query: string;
  requestBody?: unknown;
  status: number;
  responseBody?: unknown;
}

/** A file under test/fixtures/recorded/: what one live run saw, secrets scrubbed. */
export interface RecordedFixture {
  /** "recorded" for a live run's capture; "hand-made" for the replay test's own tiny sample. */
  source: "recorded" | "hand-made";
  note: string;
  recordedAt: string;
  exchanges: Exchange[];
}

/** Secrets never reach a fixture: the keys sdk/ redacts in logs are redacted here too. */
export const scrub = (body: unknown): unknown => (body === undefined ? undefined : redact(body, redactionKeys));

/** Scrubs a whole capture: secret-named fields, then every secret value sent anywhere in it (error texts included). */
export function scrubFixture(fixture: RecordedFixture): RecordedFixture {
  const sent = fixture.exchanges.flatMap((e) => secretValues(e.requestBody, redactionKeys));
  const redacted = { ...fixture, exchanges: fixture.exchanges.map((e) => ({ ...e, requestBody: scrub(e.requestBody), responseBody: scrub(e.responseBody) })) };
  return JSON.parse(scrubText(JSON.stringify(redacted), sent)) as RecordedFixture;
}
