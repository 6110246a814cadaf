/**
 * CPU seconds spent by one Chromium (its browser process and every child: renderers, the
 * storage service that runs IndexedDB), read from /proc. Wall-clock time on a shared machine
 * says more about the other users than about the import; this says what the import cost.
 * Linux only: elsewhere the functions return null.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function stat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

function pids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

/** Browser processes (no parent of their own kind) whose command line loads `extensionDir`. */
export function chromiumRoots(extensionDir: string): Set<number> {
  const roots = new Set<number>();
  for (const pid of pids()) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmdline.includes(`--load-extension=${extensionDir}`) && !cmdline.includes('--type='))
        roots.add(pid);
    } catch {}
  }
  return roots;
}

/** The process's kind from its `--type=` switch (renderer, gpu-process, utility...); the browser has none. */
function kindOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = args.find((a) => a.startsWith('--type='))?.slice(7) ?? 'browser';
    const sub = args.find((a) => a.startsWith('--utility-sub-type='))?.slice(19);
    return sub ? `${type}:${sub.split('.').at(-1)}` : type;
  } catch {
    return 'gone';
  }
}

/**
 * CPU seconds of `root` and its descendants alive now (a child that exited is not counted),
 * in total and by process kind: which side (the page's renderer, the browser's IndexedDB) paid.
 */
export function treeCpuByKind(root: number): Map<string, number> | null {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const pid of pids()) {
    const s = stat(pid);
    if (!s) continue;
    ticks.set(pid, s.ticks);
    children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  }
  if (!ticks.has(root)) return null;
  const byKind = new Map<string, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const kind = kindOf(pid);
    byKind.set(kind, (byKind.get(kind) ?? 0) + (ticks.get(pid) ?? 0) / TICKS_PER_SECOND);
    stack.push(...(children.get(pid) ?? []));
  }
  return byKind;
}

/** CPU seconds of `root` and its descendants alive now (a child that exited is not counted). */
export function treeCpuSeconds(root: number): number | null {
  const byKind = treeCpuByKind(root);
  return byKind === null ? null : [...byKind.values()].reduce((sum, seconds) => sum + seconds, 0);
}
