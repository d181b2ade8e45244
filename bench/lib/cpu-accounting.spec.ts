import { cpuSecondsBetween, rootsByCommand, treeTicks } from './cpu-accounting';
import { ProcStat } from './proc';

const proc = (pid: number, ppid: number, ownTicks: number, reapedChildTicks = 0, comm = 'postgres'): ProcStat => ({
  pid,
  ppid,
  comm,
  ownTicks,
  reapedChildTicks,
});

describe('CPU accounting over a process tree', () => {
  it('counts a backend that exited and was reaped during the run once, and only its run-time ticks', () => {
    // Postmaster 10 with backends 11 (lives on) and 12 (exits mid-run after 40 more ticks).
    const before = [proc(1, 0, 0, 0, 'init'), proc(10, 1, 5), proc(11, 10, 100), proc(12, 10, 60)];
    // 12's lifetime total (100) is now in the postmaster's reaped ticks; 13 started during the run.
    const after = [proc(1, 0, 0, 0, 'init'), proc(10, 1, 6, 100), proc(11, 10, 130), proc(13, 10, 20)];
    // postmaster +1, 11 +30, 12 +40, 13 +20
    expect(cpuSecondsBetween(before, after, [10], 100)).toBeCloseTo(0.91, 10);
  });

  it('leaves out processes outside the tree', () => {
    const stats = [proc(10, 1, 5), proc(11, 10, 7), proc(20, 1, 1000, 0, 'node'), proc(21, 20, 50)];
    expect(treeTicks(stats, 10)).toBe(12);
  });

  it('counts a tree that did not exist at the start from zero, and one that is gone at the end as nothing', () => {
    expect(cpuSecondsBetween([], [proc(30, 1, 250)], [30], 100)).toBe(2.5);
    expect(cpuSecondsBetween([proc(30, 1, 250)], [], [], 100)).toBe(0);
  });

  it('finds the root of each tree of processes with one command name', () => {
    const stats = [proc(1, 0, 0, 0, 'init'), proc(10, 1, 0), proc(11, 10, 0), proc(12, 11, 0), proc(40, 1, 0, 0, 'beam.smp')];
    expect(rootsByCommand(stats, 'postgres')).toEqual([10]);
    expect(rootsByCommand(stats, 'beam.smp')).toEqual([40]);
  });
});
