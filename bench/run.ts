// `npm run bench`: runs every bench/*.bench.ts in one process and one run (these machines are noisy, so
// ratios are computed between benches measured side by side), prints medians, p95 and ratios against their
// targets, the bundle and VSIX sizes, and writes machine-readable JSON to bench/results/. Exit 1 when a target is missed.
// Usage: npm run bench [-- filter]   (only benches whose name contains filter)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { useEnglishWordListFile } from '../src/node/englishWordList';
import type { Bench } from './bench';

useEnglishWordListFile();

interface Result {
  name: string;
  iterations: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  target?: Bench['target'];
  ratioTo?: string;
  ratio?: number;
  maxRatio?: number;
  ok: boolean;
}

/**
 * What a user downloads: the desktop, browser and command-line bundles (the last with the bibliography formats of
 * citation-js), the word list, the article and its data; screenshots, sources and tests stay out.
 */
const VSIX_MAX_KIB = 2560;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

type Measured = Omit<Result, 'ok' | 'ratio'>;

/**
 * Times a group of benches with their runs interleaved (a, b, a, b, …), so that a ratio between two of them is not
 * skewed by what the machine or the JIT did while only one was running. A group is one bench, or a bench and the
 * ones whose ratio refers to it.
 */
async function measureGroup(group: Bench[]): Promise<Measured[]> {
  const contexts = [];
  for (const bench of group) contexts.push(bench.setup ? await bench.setup() : undefined);
  // what the setups left to collect (a roster of a million names built, its garbage) is collected now, not during
  // the timed runs: a search index is built long before anyone types into it
  (globalThis as { gc?: () => void }).gc?.();
  const sink: unknown[] = [];
  const rounds = Math.max(...group.map(b => b.warmups ?? 3));
  for (let i = 0; i < rounds; i++) for (const [k, bench] of group.entries()) if (i < (bench.warmups ?? 3)) sink.push(await bench.run(contexts[k]));
  const times: number[][] = group.map(() => []);
  const iterations = Math.max(...group.map(b => b.iterations ?? 30));
  for (let i = 0; i < iterations; i++) {
    for (const [k, bench] of group.entries()) {
      if (i >= (bench.iterations ?? 30)) continue;
      const t0 = performance.now();
      sink.push(await bench.run(contexts[k]));
      times[k].push(performance.now() - t0);
      sink.length = 0;
    }
  }
  return group.map((bench, k) => {
    const sorted = times[k].sort((a, b) => a - b);
    return {
      name: bench.name, iterations: sorted.length, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), minMs: sorted[0],
      target: bench.target, ratioTo: bench.ratioTo, maxRatio: bench.maxRatio,
    };
  });
}

/** The selected benches in groups for measureGroup, each group in the order the benches were declared. */
function groups(selected: Bench[]): Bench[][] {
  const root = (bench: Bench): string => {
    const base = bench.ratioTo ? selected.find(b => b.name === bench.ratioTo) : undefined;
    return base ? root(base) : bench.name;
  };
  const byRoot = new Map<string, Bench[]>();
  for (const bench of selected) byRoot.set(root(bench), [...(byRoot.get(root(bench)) ?? []), bench]);
  return [...byRoot.values()];
}

async function main(): Promise<number> {
  const filter = process.argv[2] ?? '';
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.bench.ts')).sort();
  const benches: Bench[] = [];
  for (const f of files) benches.push(...((await import(path.join(__dirname, f))) as { benches: Bench[] }).benches);
  const selected = benches.filter(b => b.name.includes(filter));
  const measured: Measured[] = [];
  for (const group of groups(selected)) {
    process.stderr.write(`… ${group.map(b => b.name).join(' | ')}\n`);
    measured.push(...(await measureGroup(group)));
  }
  const byName = new Map(measured.map(m => [m.name, m]));
  const results: Result[] = measured.map(m => {
    const base = m.ratioTo ? byName.get(m.ratioTo) : undefined;
    const ratio = base ? m.medianMs / base.medianMs : undefined;
    const targetOk = !m.target || (m.target.metric === 'median' ? m.medianMs : m.p95Ms) <= m.target.ms;
    const ratioOk = ratio === undefined || m.maxRatio === undefined || ratio <= m.maxRatio;
    return { ...m, ratio, ok: targetOk && ratioOk };
  });

  const fmt = (n: number) => (n < 1 ? n.toFixed(3) : n < 100 ? n.toFixed(2) : n.toFixed(0));
  for (const r of results) {
    const target = r.target ? ` target ${r.target.metric} ≤ ${r.target.ms} ms` : '';
    const ratio = r.ratio !== undefined ? ` ratio ${r.ratio.toFixed(2)} vs "${r.ratioTo}"${r.maxRatio ? ` (≤ ${r.maxRatio})` : ''}` : '';
    console.log(`${r.ok ? 'ok  ' : 'MISS'} ${r.name}: median ${fmt(r.medianMs)} ms, p95 ${fmt(r.p95Ms)} ms${target}${ratio}`);
  }
  const dist = path.resolve(__dirname, '..', 'dist');
  const bundleKiB = Object.fromEntries(
    (fs.existsSync(dist) ? fs.readdirSync(dist, { recursive: true }).map(String) : []).filter(f => f.endsWith('.js')).map(f => [f.split(path.sep).join('/'), Math.round(fs.statSync(path.join(dist, f)).size / 1024)]),
  );
  console.log(`bundle sizes (production build): ${Object.entries(bundleKiB).map(([f, k]) => `dist/${f} ${k} KiB`).join(', ')}`);
  const vsix = path.resolve(__dirname, '..', 'opis.vsix');
  const vsixKiB = fs.existsSync(vsix) ? Math.round(fs.statSync(vsix).size / 1024) : undefined;
  const vsixOk = vsixKiB !== undefined && vsixKiB <= VSIX_MAX_KIB;
  console.log(`${vsixOk ? 'ok  ' : 'MISS'} VSIX size: ${vsixKiB ?? '(not packaged)'} KiB target ≤ ${VSIX_MAX_KIB} KiB`);
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const report = { date: new Date().toISOString(), node: process.version, bundleKiB, vsixKiB, results };
  const file = path.join(dir, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(`results: ${path.relative(process.cwd(), file)}`);
  return results.every(r => r.ok) && vsixOk ? 0 : 1;
}

main().then(code => (process.exitCode = code));
