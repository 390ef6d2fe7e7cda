export { Library } from './library';
export { StoreError, type StoreErrorCode } from './errors';
export { SCHEMA_VERSION, MIGRATIONS } from './migrations';
export { openDatabase, schemaVersion, APPLICATION_ID } from './database';
export type { DocumentRecord, DocumentMetadata, SearchHit } from './records';
export type { StoredFinding, StoredAnalysis, FindingStatus } from './findings';
export type { ListFilter, InsertResult } from './documents';
