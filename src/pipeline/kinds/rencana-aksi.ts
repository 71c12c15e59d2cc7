/**
 * `--dokumen rencana-aksi`: the quarter targets of Tahun, dated like the PK. Without any
 * quarter target it would be a table of dashes: missing-target-tw (exit 1).
 */
import { buildRencanaAksiViewModel } from '../../documents/rencana-aksi/build-rencana-aksi-view-model.js';
import { rencanaAksiSigners } from '../../documents/rencana-aksi/tte-signers.js';
import { yearDocumentKind } from './year-document-kind.js';

export const rencanaAksi = yearDocumentKind({
  kind: 'rencana-aksi',
  prefix: 'Rencana_Aksi',
  build: buildRencanaAksiViewModel,
  docxDocument: async () => (await import('../../documents/rencana-aksi/rencana-aksi-docx.js')).rencanaAksiDocument,
  signers: rencanaAksiSigners,
});
