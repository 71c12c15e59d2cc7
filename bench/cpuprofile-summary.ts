/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): where the main thread's time went,
 * by package (self time), by function (self time), and inclusive time of lkj's pipeline
 * functions. Idle time is the thread waiting (for the browser, the disk).
 *
 *   tsx bench/cpuprofile-summary.ts <file.cpuprofile> [--top=25] [--fn=name,name] [--timeline] [--window=fromMs,toMs]
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: cpuprofile-summary <file.cpuprofile>');
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const PIPELINE = [
  'readWorkbook',
  'parseWorkbook',
  'validateFile',
  'computeReport',
  'buildViewModel',
  'renderHtml',
  'fontFaceCss',
  'compile',
  'printPdf',
  'finalizePdf',
  'writeAtomic',
  'launchBrowser',
  'load', // PDFDocument.load / xlsx.load
  'save', // PDFDocument.save
  ...(args.find((a) => a.startsWith('--fn='))?.slice(5).split(',') ?? []),
];

const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

function pkg(cf: CallFrame): string {
  const u = cf.url;
  if (!u) return cf.functionName.startsWith('(') ? cf.functionName : '(native)';
  const nm = u.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = u.slice(nm + 13).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (u.startsWith('node:')) return 'node:internal';
  const m = /\/(dist|src|bench)\/(.*)$/.exec(u);
  return m ? `${m[1]}/${m[2]!.split('/')[0]}` : u;
}

const win = args.find((a) => a.startsWith('--window='))?.slice(9).split(',').map(Number);
const selfInWindow = new Map<string, number>();
const selfByPkg = new Map<string, number>();
const selfByFn = new Map<string, number>();
const incl = new Map<string, number>();
let total = 0;
/** First and last time (ms from start) each pipeline function was on the stack. */
const span = new Map<string, [number, number]>();
/** Idle stretches longer than 100 ms: [start, length]. */
const idle: [number, number][] = [];
let idleStart: number | null = null;
/** Samples with a module loader frame on the stack: compiling and evaluating modules (startup). */
let loading = 0;
for (let i = 0; i < p.samples.length; i++) {
  const dt = (p.timeDeltas[i] ?? 0) / 1000;
  total += dt;
  const node = byId.get(p.samples[i]!)!;
  if (node.callFrame.functionName === '(idle)') idleStart ??= total - dt;
  else if (idleStart !== null) {
    if (total - dt - idleStart > 100) idle.push([idleStart, total - dt - idleStart]);
    idleStart = null;
  }
  const cf = node.callFrame;
  selfByPkg.set(pkg(cf), (selfByPkg.get(pkg(cf)) ?? 0) + dt);
  const fk = `${cf.functionName || '(anonymous)'} ${pkg(cf)}:${cf.lineNumber + 1}`;
  selfByFn.set(fk, (selfByFn.get(fk) ?? 0) + dt);
  if (win && total >= win[0]! && total <= win[1]!) {
    // Self time plus the nearest lkj (dist/src) caller, to say what the time is for.
    let owner = '';
    for (let id: number | undefined = node.id; id !== undefined && !owner; id = parent.get(id)) {
      const f = byId.get(id)!.callFrame;
      if (/\/(dist|src)\//.test(f.url)) owner = ` <- ${f.functionName || '(anonymous)'} ${pkg(f)}`;
    }
    selfInWindow.set(fk + owner, (selfInWindow.get(fk + owner) ?? 0) + dt);
  }
  const seen = new Set<string>();
  let isLoading = false;
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const f = byId.get(id)!.callFrame;
    const name = f.functionName;
    if (f.url.startsWith('node:internal/modules/')) isLoading = true;
    if (PIPELINE.includes(name)) {
      const key = `${name} [${pkg(f)}]`;
      if (!seen.has(key)) {
        seen.add(key);
        const sp = span.get(key);
        if (sp) sp[1] = total;
        else span.set(key, [total - dt, total]);
        incl.set(key, (incl.get(key) ?? 0) + dt);
      }
    }
  }
  if (isLoading) loading += dt;
}

const show = (title: string, m: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(`  ${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
};
console.log(`${file}: ${total.toFixed(0)} ms sampled (${((p.endTime - p.startTime) / 1000).toFixed(0)} ms profile)`);
console.log(`module loading (require/import, compile + evaluate): ${loading.toFixed(0)} ms`);
if (win) show(`self time in ${win[0]}..${win[1]} ms (with the nearest lkj caller)`, selfInWindow, top);
show('self time by package', selfByPkg, top);
show('self time by function', selfByFn, top);
show('inclusive time, pipeline functions', incl, 40);
if (args.includes('--timeline')) {
  console.log('\ntimeline (ms from start): first..last sample with the function on the stack');
  const events: [number, string][] = [...span].map(([k, [a, b]]) => [a, `${a.toFixed(0).padStart(6)} ..${b.toFixed(0).padStart(6)}  ${k}`]);
  for (const [a, len] of idle) events.push([a, `${a.toFixed(0).padStart(6)} ..${(a + len).toFixed(0).padStart(6)}  (idle ${len.toFixed(0)} ms)`]);
  for (const [, line] of events.sort((x, y) => x[0] - y[0])) console.log(`  ${line}`);
}
