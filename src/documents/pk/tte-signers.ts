import { nipDigits, roleOf, type SignerInput } from '../../model/signers.js';
import type { PkViewModel } from './pk-view-model.js';

/**
 * The signers of the Perjanjian Kinerja: pihak pertama (the unit head, `kepala`, right) and
 * pihak kedua (the superior, `atasan`, left). Each signs twice — the agreement page (their
 * anchor) and the lampiran (a box without one) — so each has two boxes in the sidecar.
 */
export function pkSigners(vm: PkViewModel): SignerInput[] {
  const { left, right } = vm.agreement.signatures;
  return [
    { key: 'kepala', role: roleOf(right.jabatan), name: right.nama, nip: nipDigits(right.nip) },
    { key: 'atasan', role: roleOf(left.jabatan), name: left.nama, nip: nipDigits(left.nip) },
  ];
}
