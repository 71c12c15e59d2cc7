import { nipDigits, roleOf, type SignerInput } from '../../model/signers.js';
import type { SignatureView, TahunanViewModel } from './tahunan-view-model.js';

/**
 * The annual LKj is signed by the unit head alone (`kepala`): on the Kata Pengantar (their
 * anchor) and again under BAB IV (a box without one), so the sidecar lists two boxes.
 */
export function tahunanSigners(vm: TahunanViewModel): SignerInput[] {
  const s = signaturesOf(vm).find((x) => x.main);
  if (!s) return [];
  return [{ key: 'kepala', role: roleOf(s.jabatan), name: s.nama, nip: nipDigits(s.nip) }];
}

/** Every signature block of the document, in print order. */
export function signaturesOf(vm: TahunanViewModel): SignatureView[] {
  return [...vm.frontSections, ...vm.sections].flatMap((sec) => sec.blocks.flatMap((b) => (b.signature ? [b.signature] : [])));
}
