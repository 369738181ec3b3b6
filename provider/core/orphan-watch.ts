import { readFileSync } from "node:fs";

// The engine starts the dynamic-provider process through a shell (`pulumi-resource-pulumi-nodejs`), so when
// `pulumi` is killed (SIGKILL, a CI runner's timeout) nothing tells this process: it and the shell would live on,
// re-parented, holding sockets and memory. Each second it checks that its parent and grandparent are still the
// processes it started under, and exits when either is gone. Linux only (/proc); elsewhere it does nothing.

const parentOf = (pid: number): number | undefined => {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so split after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
};

let watching = false;

export function exitWhenOrphaned(): void {
  if (watching || process.platform !== "linux") return;
  watching = true;
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  setInterval(() => {
    if (process.ppid !== parent || parentOf(parent) !== grandparent) process.exit(1);
  }, 1000).unref();
}
