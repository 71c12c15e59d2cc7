import { z } from 'zod';
import { parseTanggal } from '../format/format-date.js';
import { UsageError } from '../model/errors.js';
import type { CalendarDate, Tw } from '../model/workbook-types.js';

/** Turns a zod failure on a flag into the one-line usage error of exit code 2. */
function parseFlag<T>(schema: z.ZodType<T>, value: unknown, flag: string, expected: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(`${flag} harus ${expected}, ditemukan "${String(value)}".`);
  return r.data;
}

const twSchema = z
  .string()
  .trim()
  .regex(/^[1-4]$/)
  .transform((s) => Number(s) as Tw);

export const flags = {
  tw: (v: unknown): Tw => parseFlag(twSchema, v, '--tw', '1, 2, 3 atau 4'),
  twOptional: (v: unknown): Tw | undefined => (v === undefined ? undefined : flags.tw(v)),
  choice: <T extends string>(v: unknown, flag: string, choices: readonly [T, ...T[]]): T =>
    parseFlag(z.enum(choices), typeof v === 'string' ? v.toLowerCase() : v, flag, `salah satu dari ${choices.join(', ')}`),
  paper: (v: unknown): 'A4' | 'F4' => parseFlag(z.enum(['A4', 'F4']), typeof v === 'string' ? v.toUpperCase() : v, '--paper', 'A4 atau F4'),
  date: (v: unknown): CalendarDate | undefined => {
    if (v === undefined) return undefined;
    const d = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseTanggal(v) : null;
    if (!d) throw new UsageError(`--date harus tanggal berbentuk YYYY-MM-DD (mis. 2023-10-02), ditemukan "${String(v)}".`);
    return d;
  },
  positiveInt: (v: unknown, flag: string): number =>
    parseFlag(z.coerce.number().int().min(1).max(10_000), v, flag, 'bilangan bulat positif'),
  /** `--tte-box WxH` in millimetres (mis. 40x20). */
  tteBox: (v: unknown): { widthMm: number; heightMm: number } => {
    const m = typeof v === 'string' ? /^\s*(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*$/iu.exec(v) : null;
    const w = Number(m?.[1]?.replace(',', '.'));
    const h = Number(m?.[2]?.replace(',', '.'));
    // Within a signature column of A4/F4 and big enough for a signature image.
    if (!m || w < 10 || w > 80 || h < 5 || h > 60) {
      throw new UsageError(`--tte-box harus LEBARxTINGGI dalam mm, lebar 10–80 dan tinggi 5–60 (mis. 40x20), ditemukan "${String(v)}".`);
    }
    return { widthMm: w, heightMm: h };
  },
  /** `--qr URL_TEMPLATE`: an http(s) address with `{id}` where the document id goes. */
  qr: (v: unknown): string => {
    const s = typeof v === 'string' ? v.trim() : '';
    let ok = s.includes('{id}');
    try {
      ok &&= ['http:', 'https:'].includes(new URL(s.split('{id}').join('x')).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new UsageError(`--qr harus alamat http(s) yang memuat {id} (mis. https://sakip.example.go.id/v/{id}), ditemukan "${String(v)}".`);
    return s;
  },
  shard: (v: unknown): { index: number; count: number } | undefined => {
    if (v === undefined) return undefined;
    const m = typeof v === 'string' ? /^(\d+)\/(\d+)$/.exec(v.trim()) : null;
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count) {
      throw new UsageError(`--shard harus I/M dengan 1 ≤ I ≤ M (mis. 2/4), ditemukan "${String(v)}".`);
    }
    return { index, count };
  },
};
