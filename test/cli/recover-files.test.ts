// What `telnyx-sip recover` reads and repairs in a local file backend, on hand-made backend folders.
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isLocked, repairCheckpointFiles } from "../../cli/recover/backend-files";

const backend = () => fs.mkdtempSync(path.join(os.tmpdir(), "recover-files-"));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

describe("recover's backend files", () => {
  it("sees a lock only when a run holds one", () => {
    const dir = backend();
    fs.mkdirSync(path.join(dir, ".pulumi/locks/organization/proj/dev"), { recursive: true });
    expect(isLocked(dir, "proj", "dev")).toBe(false);
    write(path.join(dir, ".pulumi/locks/organization/proj/dev/4f1c.json"), "{}");
    expect(isLocked(dir, "proj", "dev")).toBe(true);
    expect(isLocked(dir, "proj", "prod")).toBe(false);
  });

  it("removes an empty sidecar and restores a cut-short checkpoint from its backup, keeping the damaged copy", () => {
    const dir = backend();
    const checkpoint = path.join(dir, ".pulumi/stacks/proj/dev.json");
    write(checkpoint, '{"version":3,"checkpo');
    write(`${checkpoint}.bak`, '{"version":3}');
    write(`${checkpoint}.attrs`, "");
    const done = repairCheckpointFiles(dir, "proj", "dev");
    expect(done).toHaveLength(2);
    expect(fs.existsSync(`${checkpoint}.attrs`)).toBe(false);
    expect(fs.readFileSync(checkpoint, "utf8")).toBe('{"version":3}');
    expect(fs.readFileSync(`${checkpoint}.damaged`, "utf8")).toBe('{"version":3,"checkpo');
    expect(repairCheckpointFiles(dir, "proj", "dev")).toEqual([]);
  });

  it("says how to restore a damaged checkpoint that has no usable backup", () => {
    const dir = backend();
    write(path.join(dir, ".pulumi/stacks/proj/dev.json"), "");
    expect(() => repairCheckpointFiles(dir, "proj", "dev")).toThrow(/pulumi stack import --file/);
  });
});
