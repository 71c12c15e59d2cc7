import { Decimal } from 'decimal.js';
import type { SkalaRow } from './workbook-types.js';

/** Permendagri 86/2017 cut points, used when the workbook has no Skala sheet. */
export const DEFAULT_SKALA: readonly SkalaRow[] = [
  { batasBawah: new Decimal(91), kategori: 'Sangat Tinggi' },
  { batasBawah: new Decimal(76), kategori: 'Tinggi' },
  { batasBawah: new Decimal(66), kategori: 'Sedang' },
  { batasBawah: new Decimal(51), kategori: 'Rendah' },
  { batasBawah: new Decimal(0), kategori: 'Sangat Rendah' },
];

/** What the Ket/Kategori of an indicator with no realisation yet says (its figures print `-`). */
export const BELUM_DAPAT_DIUKUR = 'Belum dapat diukur';
