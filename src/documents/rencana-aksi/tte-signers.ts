import { nipDigits, roleOf, type SignerInput } from '../../model/signers.js';
import type { RencanaAksiViewModel } from './rencana-aksi-view-model.js';

/** The Rencana Aksi is signed by the unit head alone (`kepala`), under its table. */
export function rencanaAksiSigners(vm: RencanaAksiViewModel): SignerInput[] {
  const s = vm.signature;
  return [{ key: 'kepala', role: roleOf(s.jabatan), name: s.nama, nip: nipDigits(s.nip) }];
}
