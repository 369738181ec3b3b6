// The id formats of Telnyx's SIP objects: connections, profiles and FQDNs are int64 numbers rendered as strings, IPs
// and access IP ranges UUIDs (the OpenAPI spec's own examples mix both for some kinds, so either is taken for any).
// An id is written where people copy and run it (the export's README shell blocks, stderr), so anything else is
// refused rather than written: a hostile or broken server could put a command line or terminal escapes in one.

const INT64 = /^[0-9]{1,19}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isApiId = (id: unknown): boolean => typeof id === "string" && (INT64.test(id) || UUID.test(id));
