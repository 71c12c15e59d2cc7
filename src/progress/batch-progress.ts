import cliProgress from 'cli-progress';
import type { BatchEvent, BatchItem } from '../commands/batch.js';

const STATUS: Record<BatchItem['status'], string> = { ok: 'selesai', invalid: 'tidak sah', failed: 'gagal' };

/**
 * Batch feedback: a progress bar on a terminal, one plain line per report otherwise
 * (CI logs). Writes to stderr so that stdout stays the summary.
 */
export function batchProgress(isTTY: boolean, write: (s: string) => void): (e: BatchEvent) => void {
  if (!isTTY) {
    return (e) => {
      if (e.type === 'start') write(`lkj batch: ${e.total} buku kerja`);
      else write(`[${e.done}/${e.total}] ${STATUS[e.item.status]} ${e.item.file}${e.item.path ? ` -> ${e.item.path}` : ''}${e.item.error ? `: ${e.item.error}` : ''}`);
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'lkj batch [{bar}] {value}/{total} laporan | {eta_formatted} lagi | {file}', hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  return (e) => {
    if (e.type === 'start') bar.start(e.total, 0, { file: '' });
    else {
      bar.update(e.done, { file: e.item.file });
      if (e.done === e.total) bar.stop();
    }
  };
}

/** The final table: file, unit kerja, status, pages, seconds; failures with their first error. */
export function batchSummary(items: BatchItem[], rekapPaths: string[]): string {
  const rows = items.map((i) => [i.file, i.unitKerja ?? '-', STATUS[i.status], i.pages === null ? '-' : String(i.pages), i.seconds.toFixed(1)]);
  const head = ['Berkas', 'Unit Kerja', 'Status', 'Hlm', 'Detik'];
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
  out.push('', `${items.length} buku kerja: ${ok} laporan dibuat, ${bad.length} gagal.`);
  for (const p of rekapPaths) out.push(`Rekap: ${p}`);
  return out.join('\n');
}

/** Machine-readable summary (`--summary json`). */
export function batchSummaryJson(items: BatchItem[], rekapPaths: string[]) {
  return {
    ok: items.every((i) => i.status === 'ok'),
    reports: items.map((i) => ({
      file: i.file,
      unitKerja: i.unitKerja,
      status: i.status,
      path: i.path,
      pages: i.pages,
      seconds: Number(i.seconds.toFixed(3)),
      error: i.error,
    })),
    rekap: rekapPaths,
  };
}
