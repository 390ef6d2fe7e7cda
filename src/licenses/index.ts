/** Licence identification: the reference library of known licences, and finding them in documents. */
export { identifyLicense, identifyLicenses } from './identify';
export { getReference, licenseLibraryDir, referenceFacts, referenceLicenses, setLicenseLibraryDir } from './library';
export type { ReferenceLicense } from './library';
export type { ReferenceFacts } from './facts';
export { LicenseLibraryError } from './errors';
export type { LicenseLibraryErrorCode } from './errors';
export type { LicenseDiffPart, LicenseMatch } from './types';
