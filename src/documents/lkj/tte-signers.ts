import { nipDigits, roleOf, type SignerInput } from '../../model/signers.js';
import type { PengesahanView } from './report-view-model.js';

/**
 * The signers of the quarterly LKj, at its Lembar Pengesahan: the head of unit (`kepala`,
 * right) and, when Identitas names one, the superior (`atasan`, left). The head comes first
 * so that the preferred anchor (`#`) is theirs.
 */
export function lkjSigners(pengesahan: PengesahanView): SignerInput[] {
  const { left, right } = pengesahan;
  const signers: SignerInput[] = [{ key: 'kepala', role: roleOf(right.jabatan), name: right.nama, nip: nipDigits(right.nip) }];
  if (left) signers.push({ key: 'atasan', role: roleOf(left.jabatan), name: left.nama, nip: nipDigits(left.nip) });
  return signers;
}
