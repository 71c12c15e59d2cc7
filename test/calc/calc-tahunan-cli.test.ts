import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

const PELATIHAN = 'samples/bidang-pelatihan-produktivitas.xlsx';
const PENEMPATAN = 'samples/bidang-penempatan.xlsx';
const r2 = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();

describe('lkj calc --tahunan / --tw', () => {
  it('takes exactly one of --tw and --tahunan (exit 2 otherwise)', async () => {
    expect((await cli(['calc', PENEMPATAN])).code).toBe(2);
    expect((await cli(['calc', '--tw', '3', '--tahunan', PENEMPATAN])).code).toBe(2);
  });

  it('--tahunan JSON: the quarterly shape with tw 4 plus the annual figures', async () => {
    const r = await cli(['calc', '--tahunan', '--format', 'json', PELATIHAN]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.tw).toBe(4);
    expect(Object.keys(j)).toEqual(['tahun', 'tw', 'unitKerja', 'indikator', 'anggaran', 'efisiensi', 'ringkasan']);
    const ik1 = j.indikator.find((i: { kode: string }) => i.kode === 'IK1');
    // Sample data: realisasi 32 + 48 + 64 + 20, quarter targets 40 each, Renstra 2021/2022 and Target Akhir 190.
    expect(ik1.realisasi).toBe(164);
    expect(ik1.targetTw).toBe(160);
    expect(ik1.capaianTargetTw).toBe(r2(new Decimal(164).div(160).mul(100)));
    expect(ik1.targetAkhir).toBe(190);
    expect(ik1.capaianTargetAkhir).toBe(r2(new Decimal(164).div(190).mul(100)));
    expect(ik1.riwayat).toEqual([
      { tahun: 2021, target: 130, realisasi: 126, capaian: r2(new Decimal(126).div(130).mul(100)) },
      { tahun: 2022, target: 145, realisasi: 151, capaian: r2(new Decimal(151).div(145).mul(100)) },
    ]);
    expect(ik1.perubahan).toEqual({ selisih: 13, persen: r2(new Decimal(13).div(151).mul(100)) });
    const k1 = j.anggaran.find((a: { kode: string }) => a.kode === 'K1');
    expect(k1.sisa).toBe(k1.pagu - k1.realisasi);
    expect(j.ringkasan.jumlahIndikator).toBe(4);
    expect(j.ringkasan.pagu).toBe(j.anggaran.reduce((s: number, a: { pagu: number }) => s + a.pagu, 0));
  });

  it('--tw JSON gains targetTw only where quarter targets exist', async () => {
    const withTargets = JSON.parse((await cli(['calc', '--tw', '2', '--format', 'json', PELATIHAN])).stdout);
    const ik2 = withTargets.indikator.find((i: { kode: string }) => i.kode === 'IK2');
    // Terakhir: target s.d. TW2 = Target TW2 = 82, realisasi TW2 = 83.33.
    expect(ik2.targetTw).toBe(82);
    expect(ik2.capaianTargetTw).toBe(r2(new Decimal('83.33').div(82).mul(100)));
    expect(withTargets.anggaran[0]).not.toHaveProperty('sisa');
    const without = JSON.parse((await cli(['calc', '--tw', '3', '--format', 'json', PENEMPATAN])).stdout);
    for (const i of without.indikator) expect(Object.keys(i)).not.toContain('targetTw');
  });
});
