import type { DocumentModel } from '../../document/model';
import { ImportError } from '../errors';
import type { ImportContext } from '../context';

/** PDF -> document model. NOT YET WRITTEN (in progress). */
export async function importPdf(_bytes: Uint8Array, ctx: ImportContext): Promise<DocumentModel> {
  throw new ImportError('UNSUPPORTED_FORMAT', `${ctx.name}: PDF import is not available yet.`);
}
