import { html, SafeHtml } from './html';

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  count: number;
}

/** The months from the first to the last given, the ones without articles as zeros, so the chart's x-axis is time. */
export function continuousMonths(counts: MonthCount[]): MonthCount[] {
  const valid = counts.filter((c) => /^\d{4}-\d{2}$/.test(c.month)).sort((a, b) => a.month.localeCompare(b.month));
  if (valid.length === 0) return [];
  const byMonth = new Map(valid.map((c) => [c.month, c.count]));
  const months: MonthCount[] = [];
  const [year, month] = valid[0].month.split('-').map(Number);
  const cursor = new Date(Date.UTC(year, month - 1, 1));
  for (let key = valid[0].month; key <= valid[valid.length - 1].month; key = cursor.toISOString().slice(0, 7)) {
    months.push({ month: key, count: byMonth.get(key) ?? 0 });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 20;

/** A small bar chart as inline SVG (no script, scales to the column width), described for screen readers. */
export function monthlyBarChart(counts: MonthCount[], label: string): SafeHtml {
  const periods = continuousMonths(counts);
  if (periods.length === 0) return html`<p>No dated articles yet.</p>`;
  const max = Math.max(...periods.map((p) => p.count), 1);
  const slot = WIDTH / periods.length;
  const barWidth = Math.max(1, slot * 0.8);
  const total = periods.reduce((sum, p) => sum + p.count, 0);
  const summary = `${total} article${total === 1 ? '' : 's'} from ${periods[0].month} to ${periods[periods.length - 1].month}`;
  const bars = periods.map((p, i) => {
    const height = ((HEIGHT - AXIS) * p.count) / max;
    const x = (i * slot + (slot - barWidth) / 2).toFixed(1);
    return html`<rect x="${x}" y="${(HEIGHT - AXIS - height).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}"
      ><title>${p.month}: ${p.count}</title></rect
    >`;
  });
  return html`<figure class="chart">
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc">
      <title id="chart-title">${label}</title>
      <desc id="chart-desc">${summary}</desc>
      <line x1="0" y1="${HEIGHT - AXIS}" x2="${WIDTH}" y2="${HEIGHT - AXIS}" class="axis"></line>
      ${bars}
      <text x="0" y="${HEIGHT - 4}" class="axis-label">${periods[0].month}</text>
      <text x="${WIDTH}" y="${HEIGHT - 4}" text-anchor="end" class="axis-label">${periods[periods.length - 1].month}</text>
    </svg>
    <figcaption>${label}: ${summary} (most in one month: ${max}).</figcaption>
  </figure>`;
}
