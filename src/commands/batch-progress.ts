import cliProgress from 'cli-progress';
import type { BatchEvent, BatchItem } from './batch.js';
import { problemJson } from './validate.js';
import { formatProblem, type Problem } from '../model/problem.js';

const STATUS: Record<BatchItem['status'], string> = { ok: 'selesai', invalid: 'tidak sah', failed: 'gagal' };

/** `selesai, 2 peringatan` */
function statusText(i: BatchItem): string {
  return `${STATUS[i.status]}${i.warnings.length ? `, ${i.warnings.length} peringatan` : ''}`;
}

/** Every error and warning of one workbook, one indented line each. */
function itemProblemLines(i: BatchItem): string[] {
  const line = (tag: string, p: Problem) => `    ${tag} ${formatProblem(p)} [${p.code}]`;
  return [...i.errors.map((p) => line('galat', p)), ...i.warnings.map((p) => line('peringatan', p))];
}

/**
 * Batch feedback: a progress bar on a terminal, one plain line per report otherwise
 * (CI logs), followed by its problems. Writes to stderr so that stdout stays the summary.
 * On a terminal the problems are listed once the bar is done (it would overwrite them).
 */
export function batchProgress(isTTY: boolean, write: (s: string) => void, debug = false): (e: BatchEvent) => void {
  const problemLines = (i: BatchItem) => [...itemProblemLines(i), ...(debug && i.original ? [i.original] : [])];
  if (!isTTY) {
    return (e) => {
      if (e.type === 'start') write(`lkj batch: ${e.total} buku kerja`);
      else {
        const i = e.item;
        write(`[${e.done}/${e.total}] ${statusText(i)} ${i.file}${i.path ? ` -> ${i.path}` : ''}${i.error ? `: ${i.error}` : ''}`);
        for (const l of problemLines(i)) write(l);
      }
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'lkj batch [{bar}] {value}/{total} laporan | {eta_formatted} lagi | {file}', hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const later: BatchItem[] = [];
  return (e) => {
    if (e.type === 'start') bar.start(e.total, 0, { file: '' });
    else {
      bar.update(e.done, { file: e.item.file });
      if (e.item.errors.length || e.item.warnings.length || e.item.status !== 'ok') later.push(e.item);
      if (e.done === e.total) {
        bar.stop();
        for (const i of later.sort((a, b) => (a.file < b.file ? -1 : 1))) {
          write(`${statusText(i)} ${i.file}${i.error ? `: ${i.error}` : ''}`);
          for (const l of problemLines(i)) write(l);
        }
      }
    }
  };
}

/** The final table: file, unit kerja, status, warnings, pages, seconds; failures with their first error. */
export function batchSummary(items: BatchItem[], rekapPaths: string[], stale: string[] = []): string {
  const rows = items.map((i) => [i.file, i.unitKerja ?? '-', STATUS[i.status], String(i.warnings.length), i.pages === null ? '-' : String(i.pages), i.seconds.toFixed(1)]);
  const head = ['Berkas', 'Unit Kerja', 'Status', 'Peringatan', 'Hlm', 'Detik'];
  const widths = head.map((h, c) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[c]!.length))));
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s);
  const line = (r: string[]) => r.map((s, c) => (c >= 3 ? cut(s, widths[c]!).padStart(widths[c]!) : cut(s, widths[c]!).padEnd(widths[c]!))).join('  ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const bad = items.filter((i) => i.status !== 'ok');
  if (bad.length) {
    out.push('', 'Gagal / tidak sah:');
    for (const i of bad) out.push(`  ${i.file}: ${i.error}`);
  }
  const ok = items.length - bad.length;
  const warnings = items.reduce((n, i) => n + i.warnings.length, 0);
  out.push('', `${items.length} buku kerja: ${ok} laporan dibuat, ${bad.length} gagal, ${warnings} peringatan.`);
  for (const p of rekapPaths) out.push(`Rekap: ${p}`);
  if (stale.length) out.push(`${stale.length} berkas lama di --out tidak ditulis oleh jalankan ini (dibiarkan; lihat lkj-batch.json).`);
  return out.join('\n');
}

/** Machine-readable summary (`--summary json`). */
export function batchSummaryJson(items: BatchItem[], rekapPaths: string[], stale: string[] = [], manifest: string | null = null) {
  return {
    ok: items.every((i) => i.status === 'ok'),
    warnings: items.reduce((n, i) => n + i.warnings.length, 0),
    reports: items.map((i) => ({
      file: i.file,
      unitKerja: i.unitKerja,
      status: i.status,
      path: i.path,
      pages: i.pages,
      seconds: Number(i.seconds.toFixed(3)),
      error: i.error,
      warnings: i.warnings.map(problemJson),
      errors: i.errors.map(problemJson),
    })),
    rekap: rekapPaths,
    stale,
    manifest,
  };
}
