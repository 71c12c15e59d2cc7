/**
 * NIP of a civil servant (Perka BKN 22/2007): 18 digits = birth date YYYYMMDD,
 * CPNS start YYYYMM, gender digit (1 male, 2 female), 3-digit sequence.
 * Returns the reason it is impossible, or null when it is plausible.
 */
export function nipProblem(raw: string): string | null {
  const digits = raw.replace(/[\s\u00a0.]/g, '');
  if (!/^\d+$/.test(digits)) return 'NIP hanya boleh berisi angka (dan spasi)';
  if (digits.length !== 18) return `NIP harus 18 digit, ditemukan ${digits.length} digit`;
  const by = Number(digits.slice(0, 4));
  const bm = Number(digits.slice(4, 6));
  const bd = Number(digits.slice(6, 8));
  const cy = Number(digits.slice(8, 12));
  const cm = Number(digits.slice(12, 14));
  const g = digits[14];
  if (!isRealDate(by, bm, bd) || by < 1900) return `tanggal lahir ${digits.slice(0, 8)} (TTTTBBHH) tidak ada di kalender`;
  if (cm < 1 || cm > 12 || cy < 1950) return `TMT CPNS ${digits.slice(8, 14)} (TTTTBB) tidak sah`;
  const eighteenth = (by + 18) * 12 + bm;
  if (cy * 12 + cm < eighteenth) return `TMT CPNS ${digits.slice(8, 14)} sebelum pemiliknya berusia 18 tahun`;
  if (g !== '1' && g !== '2') return `digit jenis kelamin (ke-15) harus 1 atau 2, ditemukan ${g}`;
  return null;
}

/** `196901112002122004` -> `19690111 200212 2 004`, the way it is printed under a signature. */
export function formatNip(raw: string): string {
  const d = raw.replace(/[\s\u00a0.]/g, '');
  if (!/^\d{18}$/.test(d)) return raw.trim();
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
