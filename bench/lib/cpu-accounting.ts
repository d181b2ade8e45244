/**
 * CPU used by a process tree between two snapshots of /proc. A tree's total at one instant is the
 * sum, over its live members, of their own ticks plus the ticks of children they have reaped. When a
 * member exits and its parent (also a member) reaps it, its ticks move from "own" to the parent's
 * "reaped children" and the total is unchanged, so end - start counts short-lived processes (e.g.
 * Postgres backends) too. Ticks of members that exited unreaped or whose parent is outside the
 * tree are lost; a tree rooted at its reaper (the postmaster, beam.smp) has none.
 */
import { ProcStat } from './proc';

export function descendantsAndSelf(stats: ProcStat[], rootPid: number): ProcStat[] {
  const byParent = new Map<number, ProcStat[]>();
  for (const s of stats) byParent.set(s.ppid, [...(byParent.get(s.ppid) ?? []), s]);
  const root = stats.find((s) => s.pid === rootPid);
  if (!root) return [];
  const tree: ProcStat[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const next = pending.pop()!;
    tree.push(next);
    pending.push(...(byParent.get(next.pid) ?? []));
  }
  return tree;
}

export function treeTicks(stats: ProcStat[], rootPid: number): number {
  return descendantsAndSelf(stats, rootPid).reduce((sum, s) => sum + s.ownTicks + s.reapedChildTicks, 0);
}

/** Roots of the trees whose members all have `comm` (e.g. the postmaster among all `postgres` processes). */
export function rootsByCommand(stats: ProcStat[], comm: string): number[] {
  const pids = new Set(stats.filter((s) => s.comm === comm).map((s) => s.pid));
  return stats.filter((s) => s.comm === comm && !pids.has(s.ppid)).map((s) => s.pid);
}

/** CPU seconds a set of process trees used between two snapshots; trees absent at the start count from zero. */
export function cpuSecondsBetween(before: ProcStat[], after: ProcStat[], rootPids: number[], ticksPerSecond: number): number {
  const ticks = rootPids.reduce((sum, pid) => sum + treeTicks(after, pid) - treeTicks(before, pid), 0);
  return ticks / ticksPerSecond;
}
