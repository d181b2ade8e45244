/** One sample of a metric in Prometheus' text format: its labels as written (`a="x",b="y"`, '' for none) and value. */
export interface MetricSample {
  labels: string;
  value: number;
}

/** The samples of the metric `name` in a service's /metrics text, in order (an unreadable value reads 0). */
export function metricSamples(metricsText: string, name: string): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const line of metricsText.split('\n')) {
    const labelled = line.startsWith(`${name}{`);
    if (!labelled && !line.startsWith(`${name} `)) continue;
    const labels = labelled ? line.slice(name.length + 1, line.lastIndexOf('}')) : '';
    samples.push({ labels, value: Number(line.slice(line.lastIndexOf(' ') + 1)) || 0 });
  }
  return samples;
}

/** Each service's /metrics text (by its base URL, a plain object), read once for all the figures taken from it. */
export async function readServiceMetrics<S extends { url: string }>(services: S[]): Promise<Array<S & { metricsText: string }>> {
  return Promise.all(services.map(async (s) => ({ ...s, metricsText: await (await fetch(`${s.url}/metrics`)).text() })));
}
