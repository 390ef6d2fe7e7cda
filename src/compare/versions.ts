import type { DocumentKind } from '../assess/types';

/**
 * Versions of one licence in the library: which documents belong together (a family), and in what order they
 * came. Suggestions come from licence identification (the same reference licence family, whatever its version)
 * and from titles and file names with version numbers and dates taken out; counsel can always edit them.
 */
export interface VersionCandidate {
  id: number;
  title: string;
  sourceName: string;
  kind: DocumentKind;
  family: string | null;
  versionLabel: string | null;
  effectiveDate: string | null;
  importedAt: string;
  /** Family of the identified reference licence (e.g. "llama3.1"), when the document was identified. */
  licenseFamily: string | null;
}

export interface FamilySuggestion {
  family: string;
  /** Library documents the suggestion rests on. */
  related: number[];
  reasons: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** Words that say which edition a file is, not which licence. */
const EDITION_WORDS = new Set(['v', 'version', 'ver', 'rev', 'revision', 'current', 'original', 'latest', 'draft', 'final', 'updated', 'new', 'old', 'copy', 'fixed', ...MONTHS]);
const FILE_SUFFIX = /\.(?:[a-z]{2,10}\.)?(?:txt|md|mdx|markdown|pdf|docx|html?)$/i;

/**
 * titleWords of recent titles and file names: every import weighs the new document against every library
 * document's title and file name, so at a thousand documents each is otherwise split again a thousand times.
 */
const TITLE_WORDS_CACHE = new Map<string, readonly string[]>();
const TITLE_WORDS_CACHE_LIMIT = 20_000;

/** The words of a title or file name that name the licence: versions, dates and edition words removed. */
export function titleWords(text: string): readonly string[] {
  let words = TITLE_WORDS_CACHE.get(text);
  if (!words) {
    if (TITLE_WORDS_CACHE.size >= TITLE_WORDS_CACHE_LIMIT) TITLE_WORDS_CACHE.clear();
    words = splitTitleWords(text);
    TITLE_WORDS_CACHE.set(text, words);
  }
  return words;
}

function splitTitleWords(text: string): string[] {
  return text
    .replace(FILE_SUFFIX, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\d{4}-\d{2}-\d{2}/g, ' ')
    .split(/[^a-z0-9+]+/)
    .filter((w) => w && !EDITION_WORDS.has(w) && !/^v?\d+(?:\.\d+)*$/.test(w) && !/^\d{1,2}(?:st|nd|rd|th)$/.test(w));
}

/** "llama3.1" -> "llama", "chatglm-6b" stays: a reference family with its version taken off. */
export function familyBase(family: string): string {
  return family.toLowerCase().replace(/[-_.\s]?v?\d+(?:\.\d+)*$/, '') || family.toLowerCase();
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  if (A.size === 0 || B.size === 0) return 0;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return shared / (A.size + B.size - shared);
}

/** Title words that are enough to name a licence on their own (not just "License" or "Terms"). */
function distinctive(words: readonly string[]): boolean {
  return words.length >= 2 || (words.length === 1 && words[0].length >= 8);
}

/**
 * Why two documents may be versions of one licence, or null when they are not. Identification is proof enough; a
 * title or file name is only a lead (every vendor has an "Acceptable Use Policy"), so `needsText` asks the caller
 * to check the two texts share wording too (see sharedWording).
 */
export function versionRelation(a: VersionCandidate, b: VersionCandidate): { reason: string; needsText: boolean } | null {
  if (a.licenseFamily && b.licenseFamily) {
    // Two identified licences of different families are different licences, however alike their titles.
    if (familyBase(a.licenseFamily) !== familyBase(b.licenseFamily)) return null;
    if (a.kind === b.kind) return { reason: `both identified as the ${familyBase(a.licenseFamily)} licence family`, needsText: false };
  }
  const ta = titleWords(a.title);
  const tb = titleWords(b.title);
  if (distinctive(ta) && ta.join(' ') === tb.join(' ')) return { reason: `same title once versions and dates are set aside (“${ta.join(' ')}”)`, needsText: true };
  if (a.kind === b.kind && distinctive(ta) && distinctive(tb) && jaccard(ta, tb) >= 0.75) return { reason: `nearly the same title (“${a.title}” / “${b.title}”)`, needsText: true };
  const fa = titleWords(a.sourceName);
  const fb = titleWords(b.sourceName);
  if (fa.length >= 3 && fa.join(' ') === fb.join(' ')) return { reason: `same file name once versions and dates are set aside (“${fa.join('-')}”)`, needsText: true };
  return null;
}

/** The four-word sequences of a text (lower-cased letters and digits): what sharedWording compares. */
export function wordShingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 3 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`);
  return out;
}

/** Share of the smaller set of four-word sequences found in the other (see wordShingles). */
export function shingleShare(sa: Set<string>, sb: Set<string>): number {
  if (sa.size === 0 || sb.size === 0) return 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Share of four-word sequences the shorter text shares with the other: versions keep most of their sentences. */
export function sharedWording(a: string, b: string): number {
  return shingleShare(wordShingles(a), wordShingles(b));
}

/** Below this share of shared wording, documents with alike titles are different documents. */
export const MIN_SHARED_WORDING = 0.2;

/** A readable family name for a new group: the title with its version numbers and dates taken out. */
export function familyNameFor(doc: Pick<VersionCandidate, 'title' | 'sourceName'>): string {
  const cleaned = doc.title
    .replace(/\b(?:v|version\s*)?\d+(?:\.\d+)+\b/gi, ' ')
    .replace(/\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:–—-]+|[\s:–—-]+$/g, '')
    .trim();
  const words = cleaned.split(' ').filter((w) => !/^\d+$/.test(w) || w.length > 4);
  const name = words.join(' ').trim();
  return name.length >= 3 ? name : titleWords(doc.sourceName).join(' ') || doc.title;
}

/**
 * The family a document belongs to among the library's documents: the family of the most closely related one
 * (or a new family name when the related documents have none yet). Null when nothing in the library is a version
 * of the same licence. `shareWording` gives the share of wording the document shares with another (sharedWording).
 */
export function suggestFamily(doc: VersionCandidate, library: VersionCandidate[], shareWording: (other: VersionCandidate) => number): FamilySuggestion | null {
  const related: Array<{ other: VersionCandidate; reason: string }> = [];
  // Families whose wording this document was found to share: their other members need not be read again.
  const sharedFamilies = new Set<string>();
  for (const other of library) {
    if (other.id === doc.id) continue;
    const relation = versionRelation(doc, other);
    if (!relation) continue;
    const known = other.family !== null && sharedFamilies.has(other.family);
    if (relation.needsText && !known && shareWording(other) < MIN_SHARED_WORDING) continue;
    related.push({ other, reason: relation.reason });
    if (relation.needsText && other.family) sharedFamilies.add(other.family);
  }
  if (related.length === 0) return null;
  const named = related.find((r) => r.other.family);
  const family = named?.other.family ?? familyNameFor(related[0].other);
  return { family, related: related.map((r) => r.other.id), reasons: [...new Set(related.map((r) => r.reason))] };
}

const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'i');
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s*,?\s+((?:19|20)\d{2})\b`, 'i');
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
}

/** The first date in a piece of text, as YYYY-MM-DD. */
export function parseDate(text: string): string | null {
  const found: Array<{ at: number; value: string | null }> = [];
  const a = ISO.exec(text);
  if (a) found.push({ at: a.index, value: iso(+a[1], +a[2], +a[3]) });
  const b = MONTH_FIRST.exec(text);
  if (b) found.push({ at: b.index, value: iso(+b[3], monthIndex(b[1]), +b[2]) });
  const c = DAY_FIRST.exec(text);
  if (c) found.push({ at: c.index, value: iso(+c[3], monthIndex(c[2]), +c[1]) });
  const d = NUMERIC.exec(text);
  if (d) found.push({ at: d.index, value: iso(+d[3], +d[1], +d[2]) }); // US order, as the vendors in scope write it
  return found.filter((f) => f.value).sort((x, y) => x.at - y.at)[0]?.value ?? null;
}

/** Words that introduce the date a version takes effect, strongest first. */
const DATE_LABELS = [/\beffective(?:\s+date)?\b|\btakes? effect\b|\bin effect\b/i, /\b(?:last\s+)?(?:updated|modified|revised)\b|\bversion (?:release )?date\b|\brelease date\b/i, /\bdated\b|\bas of\b/i];

/** The date a version takes effect, from its opening text ("Effective: January 1, 2026", "Last modified: …"). */
export function suggestEffectiveDate(text: string, sourceName = ''): string | null {
  const head = text.slice(0, 4000);
  for (const label of DATE_LABELS) {
    const re = new RegExp(label.source, 'gi');
    for (let m = re.exec(head); m; m = re.exec(head)) {
      const date = parseDate(head.slice(m.index, m.index + 80));
      if (date) return date;
    }
  }
  return parseDate(sourceName.replace(/_/g, '-'));
}

/** A version label: the version number in the title ("3.1"), else the date in the file name or text. */
export function suggestVersionLabel(title: string, sourceName: string, effectiveDate: string | null): string | null {
  const m = /\b(?:v|version\s*)?(\d+(?:\.\d+)+)\b/i.exec(title) ?? /\b(?:v|version\s*)(\d+)\b/i.exec(title) ?? /\b(?:llama|gemma|claude|gpt|qwen|mistral)[\s-]?(\d+(?:\.\d+)?)\b/i.exec(title);
  if (m) return m[1];
  return parseDate(sourceName.replace(/_/g, '-')) ?? effectiveDate;
}

/** "3.1" -> [3, 1]; "2024-02-21" -> [2024, 2, 21]. */
function versionParts(label: string | null): number[] | null {
  const numbers = label?.match(/\d+/g);
  return numbers ? numbers.map(Number) : null;
}

/** Timeline order: by effective date when both have one, else by version label, else by import date. */
export function compareVersions(a: Pick<VersionCandidate, 'effectiveDate' | 'versionLabel' | 'importedAt' | 'id'>, b: Pick<VersionCandidate, 'effectiveDate' | 'versionLabel' | 'importedAt' | 'id'>): number {
  if (a.effectiveDate && b.effectiveDate && a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  const va = versionParts(a.versionLabel);
  const vb = versionParts(b.versionLabel);
  if (va && vb) {
    for (let i = 0; i < Math.max(va.length, vb.length); i++) {
      const d = (va[i] ?? 0) - (vb[i] ?? 0);
      if (d !== 0) return d;
    }
  }
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? -1 : 1;
  return a.id - b.id;
}

export function orderTimeline<T extends Pick<VersionCandidate, 'effectiveDate' | 'versionLabel' | 'importedAt' | 'id'>>(docs: T[]): T[] {
  return [...docs].sort(compareVersions);
}
