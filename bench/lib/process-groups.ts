/**
 * The processes a pipeline run spends CPU in, grouped as the benchmark reports them: each stage's
 * service processes (all replicas), RabbitMQ (the beam.smp tree) and Postgres (the postmaster's
 * tree, backends included however short-lived; see cpu-accounting.ts).
 */
import { StageName, STAGE_NAMES } from '@newswire/contracts';
import { cpuSecondsBetween, descendantsAndSelf, rootsByCommand } from './cpu-accounting';
import { clockTicksPerSecond, ProcStat, readAllProcStats, readCmdline, readProcStatus, readThreadContextSwitches } from './proc';

export type ProcessGroup = StageName | 'rabbitmq' | 'postgres';
export const PROCESS_GROUPS: ProcessGroup[] = [...STAGE_NAMES, 'rabbitmq', 'postgres'];

export type GroupRoots = Record<ProcessGroup, number[]>;

/** Service processes are this process's children running dist/apps/<stage>/main.js. */
export function findGroupRoots(stats: ProcStat[] = readAllProcStats()): GroupRoots {
  const children = stats.filter((s) => s.ppid === process.pid).map((s) => ({ pid: s.pid, cmdline: readCmdline(s.pid) }));
  const roots = {} as GroupRoots;
  for (const stage of STAGE_NAMES) roots[stage] = children.filter((c) => c.cmdline.includes(`/dist/apps/${stage}/main.js`)).map((c) => c.pid);
  roots.rabbitmq = rootsByCommand(stats, 'beam.smp');
  roots.postgres = rootsByCommand(stats, 'postgres');
  for (const group of PROCESS_GROUPS) if (roots[group].length === 0) throw new Error(`no ${group} process found in /proc`);
  return roots;
}

type Switches = { voluntary: number; involuntary: number };

export interface GroupSnapshot {
  stats: ProcStat[];
  /** Per group, per member pid: voluntary (waiting: I/O, sockets, fsync, locks) and involuntary (preempted) switches. */
  contextSwitches: Record<ProcessGroup, Map<number, Switches>>;
}

export function snapshot(roots: GroupRoots): GroupSnapshot {
  const stats = readAllProcStats();
  const contextSwitches = {} as GroupSnapshot['contextSwitches'];
  for (const group of PROCESS_GROUPS) {
    contextSwitches[group] = new Map();
    for (const member of roots[group].flatMap((pid) => descendantsAndSelf(stats, pid))) {
      try {
        contextSwitches[group].set(member.pid, readThreadContextSwitches(member.pid));
      } catch {
        // Exited since the listing.
      }
    }
  }
  return { stats, contextSwitches };
}

export interface GroupUsage {
  cpuSeconds: number;
  /** Switches of members alive at the end (a backend that exited mid-run takes its count with it). */
  voluntarySwitches: number;
  involuntarySwitches: number;
}

export function usageBetween(before: GroupSnapshot, after: GroupSnapshot, roots: GroupRoots): Record<ProcessGroup, GroupUsage> {
  const usage = {} as Record<ProcessGroup, GroupUsage>;
  for (const group of PROCESS_GROUPS) {
    let voluntary = 0;
    let involuntary = 0;
    for (const [pid, end] of after.contextSwitches[group]) {
      const start = before.contextSwitches[group].get(pid) ?? { voluntary: 0, involuntary: 0 };
      voluntary += end.voluntary - start.voluntary;
      involuntary += end.involuntary - start.involuntary;
    }
    usage[group] = {
      cpuSeconds: cpuSecondsBetween(before.stats, after.stats, roots[group], clockTicksPerSecond()),
      voluntarySwitches: voluntary,
      involuntarySwitches: involuntary,
    };
  }
  return usage;
}

/** Peak RSS (VmHWM) of each stage's largest replica, in MB. */
export function peakRssMb(roots: GroupRoots): Record<StageName, number> {
  const peak = {} as Record<StageName, number>;
  for (const stage of STAGE_NAMES) peak[stage] = Math.max(...roots[stage].map((pid) => readProcStatus(pid).peakRssKb)) / 1024;
  return peak;
}
