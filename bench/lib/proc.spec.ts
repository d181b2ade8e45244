import { parseProcStat, parseProcStatus } from './proc';

describe('parseProcStat', () => {
  it('reads ppid, own and reaped-children ticks after a command name holding spaces and parentheses', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    const line = '4242 (postgres: a (b) c) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 1 0 999 123456 789';
    expect(parseProcStat(line)).toEqual({ pid: 4242, comm: 'postgres: a (b) c', ppid: 17, ownTicks: 300, reapedChildTicks: 10 });
  });

  it('rejects a line without a command name', () => {
    expect(() => parseProcStat('garbage')).toThrow('not a /proc/<pid>/stat line');
  });
});

describe('parseProcStatus', () => {
  it('reads VmHWM (not VmRSS) and both context-switch counts', () => {
    const text = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  150000 kB\nvoluntary_ctxt_switches:\t12\nnonvoluntary_ctxt_switches:\t34\n';
    expect(parseProcStatus(text)).toEqual({ peakRssKb: 204800, voluntaryContextSwitches: 12, involuntaryContextSwitches: 34 });
  });
});
