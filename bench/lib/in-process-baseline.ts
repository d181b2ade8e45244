import { spawnSync } from 'child_process';
import { performance } from 'perf_hooks';
import { parseArticle } from '@newswire/extraction';
import { extractEntities, loadNerModel } from '@newswire/nlp';
import { parseInput, realPageSubmissions, smallArticleSubmissions, Submission } from './workloads';

export interface BaselineRate {
  perSecond: number;
  cpuMsPerArticle: number;
}

/** Parse + extract in this process: articles/s and CPU ms per article (all of its threads). */
export function measureInProcess(inputs: Submission[]): BaselineRate {
  loadNerModel();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const input of inputs) {
    const article = parseArticle(parseInput(input));
    extractEntities(article.body, { title: article.title ?? undefined });
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { perSecond: inputs.length / seconds, cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / inputs.length };
}

export type Workload = 'pages' | 'small';

export function submissionsOf(workload: Workload, articles: number): Submission[] {
  return workload === 'small' ? smallArticleSubmissions(articles) : realPageSubmissions(articles);
}

/**
 * The same measurement in a child process that `taskset` keeps on one CPU. In this process V8's
 * garbage-collection threads run on the other core beside the main thread, so "one process" uses up
 * to about 1.2 cores; pinned, the baseline is the one core the targets name. Null without taskset.
 */
export function measureOnOneCpu(workload: Workload, articles: number): BaselineRate | null {
  const child = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, __filename, workload, String(articles)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.error || child.status !== 0) return null;
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as BaselineRate;
}

// As the child of measureOnOneCpu: `<workload> <articles>`, one JSON line out.
if (require.main === module) {
  const [workload, articles] = process.argv.slice(2);
  console.log(JSON.stringify(measureInProcess(submissionsOf(workload as Workload, Number(articles)))));
}
