/**
 * The engine's data as the renderer sees it, derived from the handler map's own result types. Type-only: the
 * renderer never runs engine code, it receives these objects through window.desk.
 */
import type { HandlerResult } from '../../src/api/dispatch';
import type { DeskApi, MenuCommand } from '../../src/api/client';
import type { Category, Stance } from '../../src/clauses/types';
import type { AcceptableUse, CommercialUse, DocumentAssessment, DocumentKind, OutputOwnership } from '../../src/assess/types';
import type { LicenseDiffPart, LicenseMatch } from '../../src/licenses/types';
import type { Block, DocumentFormat, DocumentModel, PageInfo, TextBox } from '../../src/document/model';

export type { Category, Stance, AcceptableUse, CommercialUse, DocumentAssessment, DocumentKind, OutputOwnership };
export type { LicenseDiffPart, LicenseMatch, Block, DocumentFormat, DocumentModel, PageInfo, TextBox, MenuCommand };

export type DocumentRecord = HandlerResult<'documents-list'>[number];
export type DocumentDetail = HandlerResult<'documents-get'>;
export type StoredFinding = DocumentDetail['findings'][number];
export type StoredAnalysis = NonNullable<DocumentDetail['analysis']>;
export type FindingStatus = StoredFinding['status'];
export type SearchHit = HandlerResult<'documents-search'>[number];
export type ImportResult = HandlerResult<'documents-import'>;
export type SampleDocument = HandlerResult<'samples-list'>[number];
export type LibraryInfo = HandlerResult<'library-info'>;
export type DocumentMetadataChange = Parameters<DeskApi['documentsUpdate']>[0]['metadata'];
