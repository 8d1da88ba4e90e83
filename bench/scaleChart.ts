/** The scale run as a small SVG chart: time against passages, both axes logarithmic, one line per figure. */

interface ChartRow {
  passages: number;
  p50_ms: number;
  p99_ms: number;
  naive_p50_ms: number;
  cold_start_ms: number;
  warm_start_ms: number;
}

const SERIES: Array<{ key: keyof ChartRow; label: string; colour: string }> = [
  { key: 'p50_ms', label: 'answer p50', colour: '#1f77b4' },
  { key: 'p99_ms', label: 'answer p99', colour: '#17becf' },
  { key: 'naive_p50_ms', label: 'naive MiniSearch p50', colour: '#7f7f7f' },
  { key: 'warm_start_ms', label: 'warm start', colour: '#2ca02c' },
  { key: 'cold_start_ms', label: 'cold start', colour: '#d62728' },
];

export function scaleChart(rows: readonly ChartRow[]): string {
  const width = 640;
  const height = 360;
  const left = 60;
  const right = 170;
  const top = 20;
  const bottom = 40;
  const xs = rows.map((r) => Math.log10(r.passages));
  const values = rows.flatMap((r) => SERIES.map((s) => r[s.key])).filter((v) => v > 0);
  const yMin = Math.floor(Math.log10(Math.min(...values)));
  const yMax = Math.ceil(Math.log10(Math.max(...values)));
  const xMin = Math.min(...xs) - 0.05;
  const xMax = Math.max(...xs) + 0.05;
  const px = (x: number): number => left + ((x - xMin) / (xMax - xMin || 1)) * (width - left - right);
  const py = (v: number): number => top + ((yMax - Math.log10(v)) / (yMax - yMin || 1)) * (height - top - bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
  ];
  for (let e = yMin; e <= yMax; e += 1) {
    const y = py(10 ** e);
    out.push(
      `<line x1="${left}" x2="${width - right}" y1="${y}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)} ms</text>`,
    );
  }
  for (const r of rows) {
    const x = px(Math.log10(r.passages));
    out.push(
      `<line x1="${x}" x2="${x}" y1="${top}" y2="${height - bottom}" stroke="#eee"/>`,
      `<text x="${x}" y="${height - bottom + 16}" text-anchor="middle">${Math.round(r.passages / 1000)}k</text>`,
    );
  }
  out.push(`<text x="${(left + width - right) / 2}" y="${height - 6}" text-anchor="middle">passages (log)</text>`);
  SERIES.forEach((s, i) => {
    const points = rows.filter((r) => r[s.key] > 0).map((r) => `${px(Math.log10(r.passages)).toFixed(1)},${py(r[s.key]).toFixed(1)}`);
    out.push(`<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${points.join(' ')}"/>`);
    for (const p of points) out.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${s.colour}"/>`);
    const ly = top + 14 + i * 18;
    out.push(
      `<line x1="${width - right + 12}" x2="${width - right + 32}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.colour}" stroke-width="2"/>`,
      `<text x="${width - right + 38}" y="${ly}">${s.label}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
