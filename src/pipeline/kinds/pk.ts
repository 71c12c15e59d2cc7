/**
 * `--dokumen pk`: the Perjanjian Kinerja of Tahun with its lampiran (no figures computed).
 * The superior signs as pihak kedua: without the Atasan keys there is no agreement (exit 1).
 */
import { buildPkViewModel } from '../../documents/pk/build-pk-view-model.js';
import { pkSigners } from '../../documents/pk/tte-signers.js';
import { yearDocumentKind } from './year-document-kind.js';

export const pk = yearDocumentKind({
  kind: 'pk',
  prefix: 'PK',
  build: buildPkViewModel,
  docxDocument: async () => (await import('../../documents/pk/pk-docx.js')).pkDocument,
  signers: pkSigners,
});
