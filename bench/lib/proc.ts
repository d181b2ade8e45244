/**
 * Readers for Linux /proc: CPU ticks and parentage from /proc/<pid>/stat, peak RSS and context
 * switches from /proc/<pid>/status. The parsers are pure so their field arithmetic can be tested.
 */
import { readdirSync, readFileSync } from 'fs';
import { execFileSync } from 'child_process';

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** utime + stime of the process itself, in clock ticks. */
  ownTicks: number;
  /** cutime + cstime: ticks of children it has waited for (reaped), in clock ticks. */
  reapedChildTicks: number;
}

/** Parses one /proc/<pid>/stat line (proc(5)); comm may hold spaces and parentheses, so split after the last ')'. */
export function parseProcStat(line: string): ProcStat {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`not a /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  // Fields after comm start at field 3 (state); utime is field 14, so index 14 - 3 = 11 here.
  const rest = line.slice(close + 2).split(' ');
  const field = (n: number): number => Number(rest[n - 3]);
  return {
    pid: Number(line.slice(0, open).trim()),
    comm: line.slice(open + 1, close),
    ppid: field(4),
    ownTicks: field(14) + field(15),
    reapedChildTicks: field(16) + field(17),
  };
}

export interface ProcStatus {
  /** VmHWM: peak resident set size, in kB. */
  peakRssKb: number;
  voluntaryContextSwitches: number;
  involuntaryContextSwitches: number;
}

export function parseProcStatus(text: string): ProcStatus {
  const value = (key: string): number => {
    const match = new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text);
    if (!match) throw new Error(`/proc/<pid>/status has no ${key}`);
    return Number(match[1]);
  };
  return {
    peakRssKb: value('VmHWM'),
    voluntaryContextSwitches: value('voluntary_ctxt_switches'),
    involuntaryContextSwitches: value('nonvoluntary_ctxt_switches'),
  };
}

/** Every process readable now; ones that exit between the listing and the read are skipped. */
export function readAllProcStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      stats.push(parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8')));
    } catch {
      // Exited meanwhile: its ticks now count in its parent's reaped-children total.
    }
  }
  return stats;
}

export function readProcStatus(pid: number): ProcStatus {
  return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
}

/** Context switches summed over a process's threads (status of the pid alone covers only its main thread). */
export function readThreadContextSwitches(pid: number): { voluntary: number; involuntary: number } {
  const total = { voluntary: 0, involuntary: 0 };
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const status = parseProcStatus(readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8'));
      total.voluntary += status.voluntaryContextSwitches;
      total.involuntary += status.involuntaryContextSwitches;
    } catch {
      // Thread exited meanwhile.
    }
  }
  return total;
}

export function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

let ticksPerSecond: number | null = null;
/** Clock ticks per second (USER_HZ), the unit of /proc/<pid>/stat times. */
export function clockTicksPerSecond(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  return ticksPerSecond;
}
