import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { BreakdownItem } from '../../../src/model/calc-types.js';
import { breakdownClause } from '../../../src/documents/lkj/evaluasi-text.js';
import { kegiatanPhrase } from '../../../src/documents/shared/text-utils.js';

const item = (label: string, jumlah: number, keterangan: string | null = null, source: BreakdownItem['source'] = 'penempatan'): BreakdownItem => ({
  source,
  label,
  keterangan,
  jumlah: new Decimal(jumlah),
});

describe('breakdownClause', () => {
  it('lists companies with "dan" before the last when there is no Keterangan group', () => {
    expect(breakdownClause([item('A', 1), item('B', 2), item('C', 3)], new Decimal(6), 'orang')).toBe(
      'yang berasal dari hasil fasilitasi rekrutmen oleh A 1 orang, B 2 orang dan C 3 orang',
    );
  });

  it('handles Keterangan groups alone and several of them', () => {
    expect(breakdownClause([item('P', 3, 'Penyandang Disabilitas')], new Decimal(3), 'orang')).toBe(
      'yang berasal dari hasil fasilitasi rekrutmen untuk Penyandang Disabilitas P sejumlah 3 orang',
    );
    expect(
      breakdownClause([item('A', 1), item('P', 2, 'Disabilitas'), item('Q', 3, 'Lansia')], new Decimal(6), 'orang'),
    ).toBe('yang berasal dari hasil fasilitasi rekrutmen oleh A 1 orang dan untuk Disabilitas P sejumlah 2 orang dan untuk Lansia Q sejumlah 3 orang');
  });

  it('omits the clause when there are no items or the total differs from the realisation', () => {
    expect(breakdownClause([], new Decimal(5), 'orang')).toBe('');
    expect(breakdownClause([item('A', 1)], new Decimal(5), 'orang')).toBe('');
    expect(breakdownClause([item('A', 1)], null, 'orang')).toBe('');
  });

  it('writes Rincian as "yang terdiri dari … serta …"', () => {
    expect(
      breakdownClause([item('X', 376, null, 'rincian'), item('Y', 34, null, 'rincian')], new Decimal(410), 'orang'),
    ).toBe('yang terdiri dari 376 orang X serta 34 orang Y');
  });
});

describe('kegiatanPhrase', () => {
  it('does not double "Kegiatan"', () => {
    expect(kegiatanPhrase('Job Fair')).toBe('Kegiatan Job Fair');
    expect(kegiatanPhrase('Kegiatan Job Fair')).toBe('Kegiatan Job Fair');
  });
});
