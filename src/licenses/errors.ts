/** Why the reference licence library could not be used; an installation problem, not a document problem. */
export type LicenseLibraryErrorCode =
  | 'LIBRARY_NOT_FOUND' // resources/licenses/library.json is missing
  | 'LIBRARY_INVALID' // library.json does not have the expected shape
  | 'TEXT_MISSING' // a reference text named by library.json is missing
  | 'TEXT_CHANGED'; // a reference text no longer matches the SHA-256 recorded when the library was built

export class LicenseLibraryError extends Error {
  override readonly name = 'LicenseLibraryError';
  constructor(
    readonly code: LicenseLibraryErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
