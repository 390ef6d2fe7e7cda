import type { ZipPackage } from './zip-package';
import { scanXmlTree } from './xml-scanner';

/**
 * Locates the parts of a Word package through its relationships, the way mammoth does (same fallbacks, same
 * path joining), so the repacked package we hand mammoth resolves to exactly the parts we checked.
 */
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STRICT_OFFICE_DOCUMENT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';
const CORE_PROPERTIES = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
const EXTENDED_PROPERTIES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties';
const DOCUMENT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface PartPaths {
  mainDocument: string;
  styles: string;
  numbering: string;
  footnotes: string;
  endnotes: string;
  coreProperties: string;
  appProperties: string;
}

/** Reads a relationships part ("_rels/….rels"); a missing part means no relationships. */
export function readRelationships(pkg: ZipPackage, path: string): Relationship[] {
  const xml = pkg.readText(path);
  if (!xml) return [];
  const relationships: Relationship[] = [];
  scanXmlTree(xml, {
    open(tag, path) {
      if (path.length !== 1 || !tag.name.endsWith('Relationship')) return;
      relationships.push({
        id: tag.attributes.get('Id') ?? '',
        type: tag.attributes.get('Type') ?? '',
        target: tag.attributes.get('Target') ?? '',
        external: tag.attributes.get('TargetMode') === 'External',
      });
    },
  });
  return relationships;
}

export function relationshipsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  const dir = slash < 0 ? '' : partPath.slice(0, slash);
  const base = slash < 0 ? partPath : partPath.slice(slash + 1);
  return dir ? `${dir}/_rels/${base}.rels` : `_rels/${base}.rels`;
}

export function findPartPaths(pkg: ZipPackage): PartPaths {
  const packageRelationships = readRelationships(pkg, '_rels/.rels');
  const find = (relationships: Relationship[], types: string[], basePath: string, fallback: string): string => {
    for (const relationship of relationships) {
      if (!types.includes(relationship.type) || relationship.external) continue;
      const path = joinPartPath(basePath, relationship.target);
      if (pkg.has(path)) return path;
    }
    return fallback;
  };
  const mainDocument = find(packageRelationships, [OFFICE_DOCUMENT, STRICT_OFFICE_DOCUMENT], '', 'word/document.xml');
  const documentRelationships = pkg.has(mainDocument) ? readRelationships(pkg, relationshipsPathFor(mainDocument)) : [];
  const mainDir = mainDocument.includes('/') ? mainDocument.slice(0, mainDocument.lastIndexOf('/')) : '';
  const related = (name: string) =>
    find(
      documentRelationships,
      [DOCUMENT_RELATIONSHIP + name, `http://purl.oclc.org/ooxml/officeDocument/relationships/${name}`],
      mainDir,
      `word/${name}.xml`,
    );
  return {
    mainDocument,
    styles: related('styles'),
    numbering: related('numbering'),
    footnotes: related('footnotes'),
    endnotes: related('endnotes'),
    coreProperties: find(packageRelationships, [CORE_PROPERTIES], '', 'docProps/core.xml'),
    appProperties: find(packageRelationships, [EXTENDED_PROPERTIES], '', 'docProps/app.xml'),
  };
}

/** mammoth's joinPath + stripPrefix: an absolute target replaces the base; no ".." resolution. */
function joinPartPath(basePath: string, target: string): string {
  const joined = target.startsWith('/') ? target : [basePath, target].filter(Boolean).join('/');
  return joined.replace(/^\//, '');
}
