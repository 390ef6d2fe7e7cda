export type StoreErrorCode =
  | 'NEWER_SCHEMA' // written by a newer License Desk
  | 'NOT_A_LIBRARY' // the file is not a SQLite database, or not a License Desk library
  | 'MIGRATION_MISMATCH' // the applied migrations do not match the code's list
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BACKUP_FAILED' // the backup file could not be written (folder missing, disk full, no permission)
  | 'RESTORE_FAILED'; // a backup could not be restored (damaged, disk full); the library was left as it was

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
